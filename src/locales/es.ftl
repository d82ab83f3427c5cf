# Lectern's interface in Spanish. The same messages as en.ftl (tests/locales.rs).

## Shared pieces

percent = { $value } %
quoted = «{ $text }»
list-separator = {", "}
cancel = Cancelar
try-again = Reintentar
reload = Recargar
dismiss = Cerrar
your-scores = Tus puntuaciones
see-last-result = Ver tu último resultado
start-the-check = Empezar la prueba
retake-the-check = Repetir la prueba
continue-the-check = Continuar la prueba
next-question = Siguiente pregunta
score-fraction = { $correct } / { $total }
best-score = Mejor puntuación: { $correct } / { $total }
best-score-percent = Mejor puntuación: { $correct } / { $total } ({ $percent })
score-with-percent = { $correct } / { $total } ({ $percent })

## The frame of every page

theme-dark = Tema oscuro
footer-stored = Tu progreso se guarda solo en este navegador.
footer-author = Por { $author }
footer-licence = Licencia: { $licence }
footer-source = Código fuente
footer-home = Sitio web

## Page titles (followed by the site's title)

title-review = Repaso
title-progress = Tu progreso
title-history = Tus puntuaciones
title-question = Pregunta { $number }
title-result = Tu resultado
title-not-found = Página no encontrada
description-not-found = Esta dirección no lleva a ninguna lección.

## Waiting for lessons

loading-lessons = Cargando las lecciones…
loading-lesson = Cargando la lección…
failed-lessons = No se pudo cargar la lista de lecciones: { $why }.
failed-lesson = No se pudo cargar esta lección: { $why }.
why-offline = parece que no tienes conexión y todavía no está guardada en este dispositivo
why-status = el sitio respondió { $status }
why-other-lesson = el sitio envió en su lugar la lección «{ $lesson }»
why-unreadable = el sitio envió algo que no es una lección

## Home

home-nothing-due = Hoy no hay nada que repasar.
home-due =
    { $count ->
        [one] Para repasar: { $count } pregunta
       *[other] Para repasar: { $count } preguntas
    }
home-start-review = Empezar el repaso
home-summary = { $completed } de { $lessons } lecciones completadas · { $mastered } de { $questions } preguntas dominadas
home-progress-link = Tu progreso: exportar, importar, restablecer
next-continue = Continuar: { $lesson }, pregunta { $number } de { $total }
next-start = Empezar: { $lesson }
next-all-done = Todas las lecciones hechas: ver tu progreso
stage-not-started = Sin empezar
stage-reading = Leyendo
stage-checking = Prueba en curso: pregunta { $number } de { $total }
step-start = Empezar
step-continue = Continuar
step-review = Repasar
step-retake = Repetir
step-label = { $step }: { $lesson }
lesson-card-meta =
    { $count ->
        [one] { $minutes } min · { $count } pregunta
       *[other] { $minutes } min · { $count } preguntas
    }

## A lesson

lesson-meta = { $minutes } min · Revisada en { $reviewed }
check-call-heading = Prueba final de la lección
check-call-at = Vas por la pregunta { $number } de { $total }.
check-call-about =
    { $count ->
        [one] { $count } pregunta, con comentarios al responderla.
       *[other] { $count } preguntas, con comentarios tras cada una.
    }

## A question

progress-question = Pregunta { $number } de { $total }
progress-questions-checked = Preguntas comprobadas
progress-review = Repaso { $number } de { $total }
progress-reviews-checked = Repasos comprobados
see-your-result = Ver tu resultado
check = Comprobar
nudge-type = Escribe primero una respuesta y luego compruébala.
nudge-choose = Elige primero una respuesta y luego compruébala.
select-all = Selecciona todas las que correspondan.
order-note = Ordena estos elementos: mueve cada uno hacia arriba o hacia abajo.
typed-label = Tu respuesta
move-up = Subir
move-down = Bajar
moved-to = Movido a la posición { $place } de { $count }.
verdict-right = Correcto.
verdict-wrong = No exactamente.
show-hint = Mostrar una pista
mark-right = respuesta correcta
mark-yours = tu respuesta
mark-in-place = en su sitio
mark-out-of-place = fuera de sitio
right-answer = Respuesta correcta:
right-answers = Respuestas correctas:
right-order = Orden correcto:
accepted-answer = Respuesta aceptada:
your-answer = Tu respuesta:
your-answers = Tus respuestas:
your-order = Tu orden:
your-answer-gone = Tu respuesta: (una opción que ya no existe)

## The result

result-heading = Tu resultado
retry-missed = Reintentar las que fallé
back-to-lesson = Volver a la lección
print-name = Nombre para el registro impreso (opcional)
print-result = Imprimir este resultado
result-review = Revisión
result-correct = Correcta
result-missed = Fallada

## Review

review-label = Repaso
review-from = De
review-read-again = volver a leer «{ $section }»
finish-review = Terminar el repaso
review-none-heading = Hoy no hay nada que repasar
review-none = Las preguntas que falles en una prueba vuelven aquí al día siguiente.
review-done-heading = Repaso terminado
review-done = Repaso terminado: { $right } de { $total } correctas. Las acertadas vuelven cada vez más tarde; las falladas, mañana.
back-to-lessons = Volver a tus lecciones

## A lesson's scores

history-empty = Todavía no hay pruebas terminadas. Tus puntuaciones aparecerán aquí después de cada una.
history-caption = Pruebas terminadas, de la más antigua a la más reciente
history-number = N.º
history-date = Fecha
history-score = Puntuación
history-time = Tiempo empleado
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s
duration-hours-minutes = { $hours } h { $minutes } min
chart-title = Historial de puntuaciones
chart-description =
    { $count ->
        [one] Puntuación en { $count } intento: { $scores }.
       *[other] Puntuaciones en { $count } intentos: { $scores }.
    }

## Page not found

not-found-heading = Página no encontrada
not-found-text = Esta dirección no lleva a ninguna lección. Puede que haya cambiado de nombre.
not-found-home = Ir a la página de inicio

## Your progress

progress-heading = Tu progreso
progress-intro = Todo lo que { $site } sabe de tu aprendizaje se guarda en este navegador y en ningún otro sitio. Expórtalo para conservar una copia o para continuar en otro ordenador.
export-heading = Exportar e importar
export = Exportar el progreso
import = Importar el progreso
exported = Exportado a { $file }. Impórtalo en otro navegador para llevar allí tu progreso.
export-failed = No se pudo exportar: { $why }.
export-unprepared = el navegador no pudo preparar el archivo
export-unstarted = el navegador no pudo iniciar la descarga
import-heading = ¿Importar este archivo?
import-confirm = Importar
imported = Importado. Tu progreso ahora incluye el del archivo.
import-unreadable = No se pudo leer este archivo. No se ha cambiado nada.
import-refused = { $why } No se ha cambiado nada.
import-too-large = Este archivo ocupa { $size } KB; un archivo de progreso de { $site } ocupa como máximo { $max } KB. Elige el archivo que exportó { $site }.
import-not-json = Este archivo no es un archivo de progreso de { $site }: no es JSON ({ $why }).
import-not-ours = Este archivo no es un archivo de progreso de { $site }. Elige un archivo creado con «Exportar el progreso».
import-newer = Este archivo lo creó una versión más reciente de { $site } (formato { $found }; este sitio lee hasta el { $known }). Recarga para obtener la versión más reciente y vuelve a importarlo.
import-nothing-new = El archivo no contiene nada que este navegador no tenga ya.
import-left-out = Se omite lo siguiente, porque las lecciones de este sitio no lo tienen:
import-note = Las pruebas terminadas se añaden a las tuyas; no se elimina nada de lo que tienes.
import-change = { $lesson }: { $parts }
import-added = { $count ->
    [one] { $count } intento terminado añadido
   *[other] { $count } intentos terminados añadidos
}
import-current-taken = prueba en curso tomada del archivo ({ $answered } de { $total } respondidas)
import-current-removed = prueba en curso eliminada
import-reviews = calendario de repaso actualizado ({ $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
})
import-skip-unreadable = lección «{ $lesson }»: ilegible
import-skip-lesson = lección «{ $lesson }»: no está en este sitio
import-skip-question = pregunta «{ $question }» de «{ $lesson }»: no está en esta lección
lessons-heading = Lecciones
reset = Restablecer
reset-all = Restablecer todo el progreso
reset-heading = ¿Restablecer el progreso?
reset-confirm = Sí, restablecer
reset-done = Progreso restablecido.
reset-lesson-label = Restablecer el progreso de { $lesson }
reset-ask-lesson = ¿Restablecer el progreso de «{ $lesson }»? Sus pruebas, puntuaciones y repasos se eliminan de este navegador. No se puede deshacer; exporta antes para conservar una copia.
reset-ask-all = ¿Restablecer el progreso de todas las lecciones? Todas las pruebas, puntuaciones y repasos se eliminan de este navegador. No se puede deshacer; exporta antes para conservar una copia.
kept =
    { $checks ->
        [one] { $checks } prueba terminada · { $reviews } en repaso
       *[other] { $checks } pruebas terminadas · { $reviews } en repaso
    }
kept-best =
    { $checks ->
        [one] { $checks } prueba terminada · mejor { $correct } / { $total } · { $reviews } en repaso
       *[other] { $checks } pruebas terminadas · mejor { $correct } / { $total } · { $reviews } en repaso
    }

## Notices

memory-blocked = Tu progreso solo se conserva durante esta visita: este navegador no deja que { $site } guarde nada (modo privado o almacenamiento bloqueado).
memory-unreadable = Tu progreso solo se conserva durante esta visita: este navegador se negó a leer los datos guardados de { $site }.
memory-save-failed = Tu progreso solo se conserva durante esta visita: { $why }. { $site } lo sigue intentando y lo guardará todo en cuanto el navegador lo permita.
save-unavailable = este navegador no deja que { $site } guarde nada
save-refused = el navegador se negó a guardar ({ $why })
save-read-only = el progreso guardado pertenece a una versión más reciente de { $site }
part-unreadable = No se pudo leer parte de tu progreso guardado (lección: { $lessons }), así que esa parte empieza de cero; todo lo demás está como lo dejaste.
newer-version = Tu progreso lo guardó una versión más reciente de { $site }. Recarga la página para obtener la versión más reciente. Hasta entonces tu progreso guardado no se toca, y lo que hagas ahora solo se conserva durante esta visita.
unreadable = No se pudo leer tu progreso guardado ({ $why }), así que { $site } empezó de cero.
kept-aside = Los datos antiguos se conservan en el almacenamiento de este navegador con la clave «{ $key }».
not-kept-aside = No se pudieron apartar, así que no se tocan, y tu progreso solo se conserva durante esta visita.
update-ready = Hay una nueva versión de { $site } lista. Recarga para usarla; tu progreso se conserva.

## The crash message

crash-heading = Algo ha ido mal. Tu progreso está guardado.
crash-text = Recarga para seguir donde estabas. Si vuelve a ocurrir, copia los detalles de abajo y envíaselos a quien gestione este sitio.
crash-details = Detalles del error
crash-copy = Copiar los detalles
crash-copied = Copiado
