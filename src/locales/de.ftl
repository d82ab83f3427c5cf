# Lectern's interface in German. The same messages as en.ftl (tests/locales.rs).

## Shared pieces

percent = { $value } %
quoted = „{ $text }“
list-separator = {", "}
cancel = Abbrechen
try-again = Noch einmal versuchen
reload = Neu laden
dismiss = Schließen
your-scores = Deine Ergebnisse
see-last-result = Letztes Ergebnis ansehen
start-the-check = Test beginnen
retake-the-check = Test wiederholen
continue-the-check = Test fortsetzen
next-question = Nächste Frage
score-fraction = { $correct } / { $total }
best-score = Bestes Ergebnis: { $correct } / { $total }
best-score-percent = Bestes Ergebnis: { $correct } / { $total } ({ $percent })
score-with-percent = { $correct } / { $total } ({ $percent })

## The frame of every page

theme-dark = Dunkles Design
footer-stored = Dein Fortschritt wird nur in diesem Browser gespeichert.
footer-author = Von { $author }
footer-licence = Lizenz: { $licence }
footer-source = Quelltext
footer-home = Website

## Page titles (followed by the site's title)

title-review = Wiederholung
title-progress = Dein Fortschritt
title-history = Deine Ergebnisse
title-question = Frage { $number }
title-result = Dein Ergebnis
title-not-found = Seite nicht gefunden
description-not-found = Diese Adresse führt zu keiner Lektion.

## Waiting for lessons

loading-lessons = Die Lektionen werden geladen …
loading-lesson = Die Lektion wird geladen …
failed-lessons = Die Liste der Lektionen konnte nicht geladen werden: { $why }.
failed-lesson = Diese Lektion konnte nicht geladen werden: { $why }.
why-offline = du scheinst offline zu sein, und sie ist noch nicht auf diesem Gerät gespeichert
why-status = die Website hat mit { $status } geantwortet
why-other-lesson = die Website hat stattdessen die Lektion „{ $lesson }“ geschickt
why-unreadable = die Website hat etwas geschickt, das keine Lektion ist

## Home

home-nothing-due = Heute ist nichts zu wiederholen.
home-due =
    { $count ->
        [one] Zu wiederholen: { $count } Frage
       *[other] Zu wiederholen: { $count } Fragen
    }
home-start-review = Wiederholung beginnen
home-summary = { $completed } von { $lessons } Lektionen abgeschlossen · { $mastered } von { $questions } Fragen sicher beherrscht
home-progress-link = Dein Fortschritt: exportieren, importieren, zurücksetzen
next-continue = Weiter: { $lesson }, Frage { $number } von { $total }
next-start = Beginnen: { $lesson }
next-all-done = Alle Lektionen erledigt: zu deinem Fortschritt
stage-not-started = Noch nicht begonnen
stage-reading = Beim Lesen
stage-checking = Test läuft: Frage { $number } von { $total }
step-start = Beginnen
step-continue = Weiter
step-review = Wiederholen
step-retake = Noch einmal
step-label = { $step }: { $lesson }
lesson-card-meta =
    { $count ->
        [one] { $minutes } Min. · { $count } Frage
       *[other] { $minutes } Min. · { $count } Fragen
    }

## A lesson

lesson-meta = { $minutes } Min. · Geprüft { $reviewed }
check-call-heading = Test zum Abschluss der Lektion
check-call-at = Du bist bei Frage { $number } von { $total }.
check-call-about =
    { $count ->
        [one] { $count } Frage, mit Rückmeldung danach.
       *[other] { $count } Fragen, mit Rückmeldung nach jeder.
    }

## A question

progress-question = Frage { $number } von { $total }
progress-questions-checked = Geprüfte Fragen
progress-review = Wiederholung { $number } von { $total }
progress-reviews-checked = Geprüfte Wiederholungen
see-your-result = Zum Ergebnis
check = Prüfen
nudge-type = Gib zuerst eine Antwort ein und prüfe sie dann.
nudge-choose = Wähle zuerst eine Antwort und prüfe sie dann.
select-all = Wähle alle zutreffenden aus.
order-note = Bring diese in die richtige Reihenfolge: Verschiebe jeden Eintrag nach oben oder unten.
typed-label = Deine Antwort
move-up = Nach oben
move-down = Nach unten
moved-to = Auf Platz { $place } von { $count } verschoben.
verdict-right = Richtig.
verdict-wrong = Nicht ganz.
show-hint = Hinweis zeigen
mark-right = richtige Antwort
mark-yours = deine Antwort
mark-in-place = richtig platziert
mark-out-of-place = falsch platziert
right-answer = Richtige Antwort:
right-answers = Richtige Antworten:
right-order = Richtige Reihenfolge:
accepted-answer = Akzeptierte Antwort:
your-answer = Deine Antwort:
your-answers = Deine Antworten:
your-order = Deine Reihenfolge:
your-answer-gone = Deine Antwort: (eine inzwischen entfernte Option)

## The result

result-heading = Dein Ergebnis
retry-missed = Die falsch beantworteten noch einmal
back-to-lesson = Zurück zur Lektion
print-name = Name für den Ausdruck (freiwillig)
print-result = Dieses Ergebnis drucken
result-review = Durchsicht
result-correct = Richtig
result-missed = Verfehlt

## Review

review-label = Wiederholung
review-from = Aus
review-read-again = „{ $section }“ noch einmal lesen
finish-review = Wiederholung beenden
review-none-heading = Heute gibt es nichts zu wiederholen
review-none = Fragen, die du in einem Test verfehlst, kommen am nächsten Tag hierher zurück.
review-done-heading = Wiederholung beendet
review-done = Wiederholung beendet: { $right } von { $total } richtig. Richtige Antworten kommen immer später wieder, verfehlte morgen.
back-to-lessons = Zurück zu deinen Lektionen

## A lesson's scores

history-empty = Noch keine abgeschlossenen Tests. Deine Ergebnisse erscheinen hier nach jedem Test.
history-caption = Abgeschlossene Tests, die ältesten zuerst
history-number = Nr.
history-date = Datum
history-score = Ergebnis
history-time = Dauer
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s
duration-hours-minutes = { $hours } h { $minutes } min
chart-title = Verlauf der Ergebnisse
chart-description =
    { $count ->
        [one] Ergebnis aus { $count } Versuch: { $scores }.
       *[other] Ergebnisse aus { $count } Versuchen: { $scores }.
    }

## Page not found

not-found-heading = Seite nicht gefunden
not-found-text = Diese Adresse führt zu keiner Lektion. Vielleicht wurde sie umbenannt.
not-found-home = Zur Startseite

## Your progress

progress-heading = Dein Fortschritt
progress-intro = Alles, was { $site } über dein Lernen weiß, ist in diesem Browser gespeichert und nirgends sonst. Exportiere es, um eine Kopie zu behalten oder auf einem anderen Computer weiterzumachen.
export-heading = Exportieren und importieren
export = Fortschritt exportieren
import = Fortschritt importieren
exported = Exportiert nach { $file }. Importiere die Datei in einem anderen Browser, um deinen Fortschritt dorthin mitzunehmen.
export-failed = Export fehlgeschlagen: { $why }.
export-unprepared = der Browser konnte die Datei nicht vorbereiten
export-unstarted = der Browser konnte den Download nicht starten
import-heading = Diese Datei importieren?
import-confirm = Importieren
imported = Importiert. Dein Fortschritt enthält jetzt auch den aus der Datei.
import-unreadable = Diese Datei konnte nicht gelesen werden. Es wurde nichts geändert.
import-refused = { $why } Es wurde nichts geändert.
import-too-large = Diese Datei ist { $size } KB groß; eine Fortschrittsdatei von { $site } hat höchstens { $max } KB. Wähle die Datei, die { $site } exportiert hat.
import-not-json = Diese Datei ist keine Fortschrittsdatei von { $site }: Sie ist kein JSON ({ $why }).
import-not-ours = Diese Datei ist keine Fortschrittsdatei von { $site }. Wähle eine Datei, die mit „Fortschritt exportieren“ erstellt wurde.
import-newer = Diese Datei stammt von einer neueren Version von { $site } (Format { $found }; diese Website liest bis { $known }). Lade die Seite neu, um die neueste Version zu erhalten, und importiere dann noch einmal.
import-nothing-new = Die Datei enthält nichts, was dieser Browser nicht schon hat.
import-left-out = Ausgelassen, weil es diese Lektionen auf dieser Website nicht gibt:
import-note = Abgeschlossene Tests werden zu deinen hinzugefügt; nichts, was du hast, wird entfernt.
import-change = { $lesson }: { $parts }
import-added = { $count ->
    [one] { $count } abgeschlossener Versuch hinzugefügt
   *[other] { $count } abgeschlossene Versuche hinzugefügt
}
import-current-taken = laufende Prüfung aus der Datei übernommen ({ $answered } von { $total } beantwortet)
import-current-removed = laufende Prüfung entfernt
import-reviews = Wiederholungsplan aktualisiert ({ $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
})
import-skip-unreadable = Lektion „{ $lesson }“: nicht lesbar
import-skip-lesson = Lektion „{ $lesson }“: nicht auf dieser Seite
import-skip-question = Frage „{ $question }“ aus „{ $lesson }“: nicht in dieser Lektion
lessons-heading = Lektionen
reset = Zurücksetzen
reset-all = Gesamten Fortschritt zurücksetzen
reset-heading = Fortschritt zurücksetzen?
reset-confirm = Ja, zurücksetzen
reset-done = Fortschritt zurückgesetzt.
reset-lesson-label = Fortschritt für { $lesson } zurücksetzen
reset-ask-lesson = Fortschritt für „{ $lesson }“ zurücksetzen? Tests, Ergebnisse und Wiederholungen dieser Lektion werden aus diesem Browser entfernt. Das kann nicht rückgängig gemacht werden; exportiere vorher, um eine Kopie zu behalten.
reset-ask-all = Fortschritt für alle Lektionen zurücksetzen? Alle Tests, Ergebnisse und Wiederholungen werden aus diesem Browser entfernt. Das kann nicht rückgängig gemacht werden; exportiere vorher, um eine Kopie zu behalten.
kept =
    { $checks ->
        [one] { $checks } abgeschlossener Test · { $reviews } in Wiederholung
       *[other] { $checks } abgeschlossene Tests · { $reviews } in Wiederholung
    }
kept-best =
    { $checks ->
        [one] { $checks } abgeschlossener Test · bestes { $correct } / { $total } · { $reviews } in Wiederholung
       *[other] { $checks } abgeschlossene Tests · bestes { $correct } / { $total } · { $reviews } in Wiederholung
    }

## Notices

memory-blocked = Dein Fortschritt bleibt nur für diesen Besuch erhalten: Dieser Browser lässt { $site } nichts speichern (privates Fenster oder gesperrter Speicher).
memory-unreadable = Dein Fortschritt bleibt nur für diesen Besuch erhalten: Dieser Browser hat das Lesen der gespeicherten Daten von { $site } verweigert.
memory-save-failed = Dein Fortschritt bleibt nur für diesen Besuch erhalten: { $why }. { $site } versucht es weiter und speichert alles, sobald der Browser es zulässt.
save-unavailable = dieser Browser lässt { $site } nichts speichern
save-refused = der Browser hat das Speichern verweigert ({ $why })
save-read-only = der gespeicherte Fortschritt stammt von einer neueren Version von { $site }
part-unreadable = Ein Teil deines gespeicherten Fortschritts konnte nicht gelesen werden (Lektion: { $lessons }), dieser Teil beginnt daher neu; alles andere ist so, wie du es verlassen hast.
newer-version = Dein Fortschritt wurde von einer neueren Version von { $site } gespeichert. Lade die Seite neu, um die neueste Version zu erhalten. Bis dahin bleibt dein gespeicherter Fortschritt unberührt, und was du jetzt tust, bleibt nur für diesen Besuch erhalten.
unreadable = Dein gespeicherter Fortschritt konnte nicht gelesen werden ({ $why }), daher hat { $site } neu begonnen.
kept-aside = Die alten Daten liegen im Speicher dieses Browsers unter „{ $key }“.
not-kept-aside = Sie konnten nicht beiseitegelegt werden; sie bleiben daher unberührt, und dein Fortschritt bleibt nur für diesen Besuch erhalten.
update-ready = Eine neue Version von { $site } ist bereit. Lade die Seite neu, um sie zu nutzen; dein Fortschritt bleibt erhalten.

## The crash message

crash-heading = Etwas ist schiefgegangen. Dein Fortschritt ist gespeichert.
crash-text = Lade die Seite neu, um dort weiterzumachen, wo du warst. Falls es wieder passiert, kopiere die Angaben unten und schicke sie an die Betreiber dieser Website.
crash-details = Fehlerangaben
crash-copy = Angaben kopieren
crash-copied = Kopiert
