# Lectern's interface in Arabic. The same messages as en.ftl (tests/locales.rs).
# Plurals follow Arabic's six forms (zero, one, two, few, many, other).

## Shared pieces

percent = { $value }٪
quoted = «{ $text }»
list-separator = {"، "}
cancel = إلغاء
try-again = حاول مرة أخرى
reload = إعادة التحميل
dismiss = إغلاق
your-scores = نتائجك
see-last-result = عرض نتيجتك الأخيرة
start-the-check = ابدأ الاختبار
retake-the-check = أعد الاختبار
continue-the-check = تابع الاختبار
next-question = السؤال التالي
score-fraction = { $correct } / { $total }
best-score = أفضل نتيجة: { $correct } / { $total }
best-score-percent = أفضل نتيجة: { $correct } / { $total } ({ $percent })
score-with-percent = { $correct } / { $total } ({ $percent })

## The frame of every page

theme-dark = المظهر الداكن
footer-stored = يُحفظ تقدمك في هذا المتصفح فقط.
footer-author = تأليف { $author }
footer-licence = الترخيص: { $licence }
footer-source = المصدر
footer-home = الموقع

## Page titles (followed by the site's title)

title-review = المراجعة
title-progress = تقدمك
title-history = نتائجك
title-question = السؤال { $number }
title-result = نتيجتك
title-not-found = الصفحة غير موجودة
description-not-found = هذا العنوان لا يؤدي إلى أي درس.

## Waiting for lessons

loading-lessons = جارٍ تحميل الدروس…
loading-lesson = جارٍ تحميل الدرس…
failed-lessons = تعذّر تحميل قائمة الدروس: { $why }.
failed-lesson = تعذّر تحميل هذا الدرس: { $why }.
why-offline = يبدو أنك غير متصل بالإنترنت، والدرس غير محفوظ على هذا الجهاز بعد
why-status = ردّ الموقع عليه بالرمز { $status }
why-other-lesson = أرسل الموقع الدرس «{ $lesson }» بدلًا منه
why-unreadable = أرسل الموقع شيئًا ليس درسًا

## Home

home-nothing-due = لا شيء مستحق للمراجعة اليوم.
home-due =
    { $count ->
        [zero] مستحق للمراجعة: لا أسئلة
        [one] مستحق للمراجعة: سؤال واحد
        [two] مستحق للمراجعة: سؤالان
        [few] مستحق للمراجعة: { $count } أسئلة
        [many] مستحق للمراجعة: { $count } سؤالًا
       *[other] مستحق للمراجعة: { $count } سؤال
    }
home-start-review = ابدأ المراجعة
home-summary = أكملت { $completed } من { $lessons } دروس · أتقنت { $mastered } من { $questions } أسئلة
home-progress-link = تقدمك: التصدير والاستيراد وإعادة الضبط
next-continue = تابع: { $lesson }، السؤال { $number } من { $total }
next-start = ابدأ: { $lesson }
next-all-done = أنهيت كل الدروس: اطّلع على تقدمك
stage-not-started = لم يبدأ بعد
stage-reading = قيد القراءة
stage-checking = الاختبار جارٍ: السؤال { $number } من { $total }
step-start = ابدأ
step-continue = تابع
step-review = راجع
step-retake = أعد
step-label = { $step }: { $lesson }
lesson-card-meta =
    { $count ->
        [zero] { $minutes } د · لا أسئلة
        [one] { $minutes } د · سؤال واحد
        [two] { $minutes } د · سؤالان
        [few] { $minutes } د · { $count } أسئلة
        [many] { $minutes } د · { $count } سؤالًا
       *[other] { $minutes } د · { $count } سؤال
    }

## A lesson

lesson-meta = { $minutes } د · رُوجع في { $reviewed }
check-call-heading = اختبار نهاية الدرس
check-call-at = أنت عند السؤال { $number } من { $total }.
check-call-about =
    { $count ->
        [zero] لا أسئلة.
        [one] سؤال واحد، مع تعليق بعد الإجابة عنه.
        [two] سؤالان، مع تعليق بعد كل منهما.
        [few] { $count } أسئلة، مع تعليق بعد كل سؤال.
        [many] { $count } سؤالًا، مع تعليق بعد كل سؤال.
       *[other] { $count } سؤال، مع تعليق بعد كل سؤال.
    }

## A question

progress-question = السؤال { $number } من { $total }
progress-questions-checked = الأسئلة التي تم التحقق منها
progress-review = المراجعة { $number } من { $total }
progress-reviews-checked = المراجعات التي تم التحقق منها
see-your-result = اعرض نتيجتك
check = تحقّق
nudge-type = اكتب إجابة أولًا، ثم تحقّق منها.
nudge-choose = اختر إجابة أولًا، ثم تحقّق منها.
select-all = اختر كل ما ينطبق.
order-note = رتّب هذه العناصر: حرّك كل عنصر إلى الأعلى أو إلى الأسفل.
typed-label = إجابتك
move-up = إلى الأعلى
move-down = إلى الأسفل
moved-to = نُقل إلى الموضع { $place } من { $count }.
verdict-right = صحيح.
verdict-wrong = ليس تمامًا.
show-hint = أظهر تلميحًا
mark-right = الإجابة الصحيحة
mark-yours = إجابتك
mark-in-place = في مكانه
mark-out-of-place = في غير مكانه
right-answer = الإجابة الصحيحة:
right-answers = الإجابات الصحيحة:
right-order = الترتيب الصحيح:
accepted-answer = الإجابة المقبولة:
your-answer = إجابتك:
your-answers = إجاباتك:
your-order = ترتيبك:
your-answer-gone = إجابتك: (خيار حُذف منذ ذلك الحين)

## The result

result-heading = نتيجتك
retry-missed = أعد الأسئلة التي أخطأت فيها
back-to-lesson = العودة إلى الدرس
print-name = الاسم في السجل المطبوع (اختياري)
print-result = اطبع هذه النتيجة
result-review = المراجعة
result-correct = صحيحة
result-missed = خاطئة

## Review

review-label = المراجعة
review-from = من
review-read-again = اقرأ «{ $section }» مرة أخرى
finish-review = أنهِ المراجعة
review-none-heading = لا شيء للمراجعة اليوم
review-none = الأسئلة التي تخطئ فيها في اختبار تعود إلى هنا في اليوم التالي.
review-done-heading = انتهت المراجعة
review-done = انتهت المراجعة: { $right } من { $total } صحيحة. الإجابات الصحيحة تعود بعد فترات أطول فأطول، والخاطئة تعود غدًا.
back-to-lessons = العودة إلى دروسك

## A lesson's scores

history-empty = لا توجد اختبارات منتهية بعد. تظهر نتائجك هنا بعد كل اختبار.
history-caption = الاختبارات المنتهية، الأقدم أولًا
history-number = #
history-date = التاريخ
history-score = النتيجة
history-time = المدة
duration-seconds = { $seconds } ث
duration-minutes = { $minutes } د
duration-minutes-seconds = { $minutes } د { $seconds } ث
duration-hours-minutes = { $hours } س { $minutes } د
chart-title = سجل النتائج
chart-description =
    { $count ->
        [zero] لا محاولات.
        [one] النتيجة في محاولة واحدة: { $scores }.
        [two] النتائج في محاولتين: { $scores }.
        [few] النتائج في { $count } محاولات: { $scores }.
        [many] النتائج في { $count } محاولةً: { $scores }.
       *[other] النتائج في { $count } محاولة: { $scores }.
    }

## Page not found

not-found-heading = الصفحة غير موجودة
not-found-text = هذا العنوان لا يؤدي إلى أي درس. ربما تغيّر اسمه.
not-found-home = الذهاب إلى الصفحة الرئيسية

## Your progress

progress-heading = تقدمك
progress-intro = كل ما يعرفه { $site } عن تعلّمك محفوظ في هذا المتصفح، ولا مكان آخر. صدّره للاحتفاظ بنسخة أو للمتابعة على حاسوب آخر.
export-heading = التصدير والاستيراد
export = صدّر التقدم
import = استورد التقدم
exported = صُدّر إلى { $file }. استورده في متصفح آخر لتنقل تقدمك إليه.
export-failed = فشل التصدير: { $why }.
export-unprepared = تعذّر على المتصفح تجهيز الملف
export-unstarted = تعذّر على المتصفح بدء التنزيل
import-heading = أتستورد هذا الملف؟
import-confirm = استورد
imported = تم الاستيراد. أصبح تقدمك يشمل ما في الملف.
import-unreadable = تعذّرت قراءة هذا الملف. لم يتغير شيء.
import-refused = { $why } لم يتغير شيء.
import-too-large = حجم هذا الملف { $size } ك.ب، وحجم ملف التقدم في { $site } لا يتجاوز { $max } ك.ب. اختر الملف الذي صدّره { $site }.
import-not-json = هذا الملف ليس ملف تقدم من { $site }: إنه ليس JSON ‏({ $why }).
import-not-ours = هذا الملف ليس ملف تقدم من { $site }. اختر ملفًا أُنشئ بزر «صدّر التقدم».
import-newer = أُنشئ هذا الملف بإصدار أحدث من { $site } (الصيغة { $found }؛ هذا الموقع يقرأ حتى { $known }). أعد التحميل للحصول على أحدث إصدار، ثم استورد مرة أخرى.
import-nothing-new = لا يحتوي الملف على شيء ليس موجودًا في هذا المتصفح.
import-left-out = أُسقط ما يلي، لأن دروس هذا الموقع لا تتضمنه:
import-note = تُضاف الاختبارات المنتهية إلى اختباراتك؛ ولا يُحذف شيء مما لديك.
import-change = { $lesson }: { $parts }
import-added = { $count ->
    [zero] لم تُضف أي محاولة مكتملة
    [one] أُضيفت محاولة مكتملة واحدة
    [two] أُضيفت محاولتان مكتملتان
    [few] أُضيفت { $count } محاولات مكتملة
    [many] أُضيفت { $count } محاولة مكتملة
   *[other] أُضيفت { $count } محاولة مكتملة
}
import-current-taken = أُخذ الاختبار الجاري من الملف (أُجيب عن { $answered } من { $total })
import-current-removed = حُذف الاختبار الجاري
import-reviews = حُدّث جدول المراجعة ({ $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
})
import-skip-unreadable = الدرس «{ $lesson }»: تتعذر قراءته
import-skip-lesson = الدرس «{ $lesson }»: ليس في هذا الموقع
import-skip-question = السؤال «{ $question }» من «{ $lesson }»: ليس في هذا الدرس
lessons-heading = الدروس
reset = إعادة الضبط
reset-all = أعد ضبط كل التقدم
reset-heading = أتعيد ضبط التقدم؟
reset-confirm = نعم، أعد الضبط
reset-done = أُعيد ضبط التقدم.
reset-lesson-label = أعد ضبط التقدم في { $lesson }
reset-ask-lesson = أتعيد ضبط التقدم في «{ $lesson }»؟ تُحذف اختباراته ونتائجه ومراجعاته من هذا المتصفح. لا يمكن التراجع عن ذلك؛ صدّر أولًا للاحتفاظ بنسخة.
reset-ask-all = أتعيد ضبط التقدم في كل الدروس؟ تُحذف كل الاختبارات والنتائج والمراجعات من هذا المتصفح. لا يمكن التراجع عن ذلك؛ صدّر أولًا للاحتفاظ بنسخة.
kept =
    { $checks ->
        [zero] لا اختبارات منتهية · { $reviews } قيد المراجعة
        [one] اختبار منتهٍ واحد · { $reviews } قيد المراجعة
        [two] اختباران منتهيان · { $reviews } قيد المراجعة
        [few] { $checks } اختبارات منتهية · { $reviews } قيد المراجعة
        [many] { $checks } اختبارًا منتهيًا · { $reviews } قيد المراجعة
       *[other] { $checks } اختبار منتهٍ · { $reviews } قيد المراجعة
    }
kept-best =
    { $checks ->
        [zero] لا اختبارات منتهية · الأفضل { $correct } / { $total } · { $reviews } قيد المراجعة
        [one] اختبار منتهٍ واحد · الأفضل { $correct } / { $total } · { $reviews } قيد المراجعة
        [two] اختباران منتهيان · الأفضل { $correct } / { $total } · { $reviews } قيد المراجعة
        [few] { $checks } اختبارات منتهية · الأفضل { $correct } / { $total } · { $reviews } قيد المراجعة
        [many] { $checks } اختبارًا منتهيًا · الأفضل { $correct } / { $total } · { $reviews } قيد المراجعة
       *[other] { $checks } اختبار منتهٍ · الأفضل { $correct } / { $total } · { $reviews } قيد المراجعة
    }

## Notices

memory-blocked = يُحتفظ بتقدمك لهذه الزيارة فقط: هذا المتصفح لا يسمح لـ { $site } بحفظ أي شيء (وضع التصفح الخاص أو تخزين محظور).
memory-unreadable = يُحتفظ بتقدمك لهذه الزيارة فقط: رفض هذا المتصفح قراءة بيانات { $site } المحفوظة.
memory-save-failed = يُحتفظ بتقدمك لهذه الزيارة فقط: { $why }. يواصل { $site } المحاولة، ويحفظ كل شيء حالما يسمح المتصفح.
save-unavailable = هذا المتصفح لا يسمح لـ { $site } بتخزين أي شيء
save-refused = رفض المتصفح الحفظ ({ $why })
save-read-only = التقدم المحفوظ يعود إلى إصدار أحدث من { $site }
part-unreadable = تعذّرت قراءة جزء من تقدمك المحفوظ (الدرس: { $lessons })، لذا يبدأ هذا الجزء من جديد؛ وكل ما عداه كما تركته.
newer-version = حُفظ تقدمك بإصدار أحدث من { $site }. أعد تحميل الصفحة للحصول على أحدث إصدار. حتى ذلك الحين يبقى تقدمك المحفوظ دون مساس، وما تفعله الآن يُحتفظ به لهذه الزيارة فقط.
unreadable = تعذّرت قراءة تقدمك المحفوظ ({ $why })، لذا بدأ { $site } من جديد.
kept-aside = البيانات القديمة محفوظة في تخزين هذا المتصفح تحت «{ $key }».
not-kept-aside = تعذّر نسخها جانبًا، لذا تُركت دون مساس، ويُحتفظ بتقدمك لهذه الزيارة فقط.
update-ready = إصدار جديد من { $site } جاهز. أعد التحميل لاستخدامه؛ سيبقى تقدمك محفوظًا.

## The crash message

crash-heading = حدث خطأ ما. تقدمك محفوظ.
crash-text = أعد التحميل لتتابع من حيث توقفت. إن تكرر ذلك، فانسخ التفاصيل أدناه وأرسلها إلى القائمين على هذا الموقع.
crash-details = تفاصيل الخطأ
crash-copy = انسخ التفاصيل
crash-copied = نُسخت
