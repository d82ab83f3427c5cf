//! Components against the real DOM and the real localStorage, in headless Chromium
//! (`wasm-bindgen-test`). Expected texts come from the embedded content, never typed here.
#![cfg(target_arch = "wasm32")]

use lectern::components::confirm_dialog::ConfirmDialog;
use lectern::components::loading::load_failed;
use lectern::components::prose::Prose;
use lectern::components::question_card::QuestionCard;
use lectern::store::{key_for, Store};
use lectern_core::attempt::Attempt;
use lectern_core::content::{Course, Question};
use lectern_core::progress::Progress;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// A fresh element to mount into.
fn host() -> HtmlElement {
    let el: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&el)
        .expect("append");
    el
}

/// Lets Leptos run its scheduled effects.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .expect("selector")
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    let el: HtmlElement = root
        .query_selector(selector)
        .expect("selector")
        .expect(selector)
        .unchecked_into();
    el.click();
}

fn button(root: &Element, label: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label:?}"))
        .unchecked_into()
}

/// The seed course, text included, as `build.rs` wrote it for the built pages.
fn course() -> Result<&'static Course, String> {
    let text = include_str!(concat!(env!("OUT_DIR"), "/course.json"));
    Course::from_text(text).map(|c| &*Box::leak(Box::new(c)))
}

/// The text an author's HTML shows (the build writes it from Markdown): its tags dropped.
fn text_of_html(html: &str) -> String {
    let mut text = String::new();
    for piece in html.split('<') {
        text.push_str(piece.split_once('>').map_or(piece, |(_, after)| after));
    }
    text
}

fn seed_question(index: usize) -> Question {
    course().expect("course").lessons[0].questions[index].clone()
}

/// Mounts a question card over local signals, as the check screen does over progress.
fn mount_card(question: Question) -> (HtmlElement, RwSignal<Option<String>>, RwSignal<bool>) {
    let el = host();
    let chosen = RwSignal::new(None::<String>);
    let checked = RwSignal::new(false);
    let order = question.options.clone();
    let handle = leptos::mount::mount_to(el.clone(), move || {
        view! {
            <QuestionCard
                question=question.clone()
                order=order.clone()
                chosen=chosen
                checked=checked
                on_choose=move |id: String| chosen.set(Some(id))
                on_check=move |()| checked.set(true)
                on_next=move |()| {}
                next_label="Next question"
            />
        }
    });
    handle.forget();
    (el, chosen, checked)
}

/// Picks the first wrong option of `q` (as `mount_card` shows them, in the content's
/// order) and checks it.
async fn check_a_wrong_answer(el: &HtmlElement, q: &Question) {
    let wrong = q
        .options
        .iter()
        .position(|o| !q.is_right_option(&o.id))
        .expect("wrong");
    click(el, &format!("li:nth-child({}) input", wrong + 1));
    settle().await;
    button(el, "Check").click();
    settle().await;
}

#[wasm_bindgen_test]
fn the_question_renders_each_option_as_a_radio_named_by_its_text() {
    let q = seed_question(0);
    let (el, _, _) = mount_card(q.clone());
    let radios = all(&el, "input[type=radio]");
    assert_eq!(radios.len(), q.options.len());
    let labels: Vec<String> = all(&el, "label.option .option-text")
        .iter()
        .map(|l| l.text_content().unwrap_or_default())
        .collect();
    let texts: Vec<String> = q.options.iter().map(|o| o.text.clone()).collect();
    assert_eq!(labels, texts);
    for label in all(&el, "label.option") {
        assert!(label
            .query_selector("input[type=radio]")
            .expect("query")
            .is_some());
    }
    assert_eq!(text(&el, "h1"), q.prompt);
}

#[wasm_bindgen_test]
async fn checking_the_right_answer_shows_correct_and_the_explanation() {
    let q = seed_question(1);
    let (el, chosen, _) = mount_card(q.clone());
    let index = q
        .options
        .iter()
        .position(|o| q.is_right_option(&o.id))
        .expect("correct");
    click(&el, &format!("li:nth-child({}) input", index + 1));
    settle().await;
    assert_eq!(
        chosen.get_untracked().as_deref(),
        Some(q.right_response().as_str())
    );
    button(&el, "Check").click();
    settle().await;
    let feedback = text(&el, ".feedback");
    assert!(feedback.starts_with("Correct"), "{feedback}");
    // The explanation is the HTML the build made of the author's Markdown, shown as it is.
    assert!(
        feedback.contains(&text_of_html(&q.explanation)),
        "{feedback}"
    );
    assert!(all(&el, "input[type=radio]")
        .iter()
        .all(|r| r.unchecked_ref::<HtmlInputElement>().disabled()));
    assert_eq!(all(&el, "label.is-correct").len(), 1);
    assert!(all(&el, "button")
        .iter()
        .any(|b| b.text_content().as_deref() == Some("Next question")));
}

#[wasm_bindgen_test]
async fn a_question_without_an_explanation_gives_its_verdict_alone() {
    let mut q = seed_question(1);
    q.explanation.clear();
    let (el, _, _) = mount_card(q.clone());
    check_a_wrong_answer(&el, &q).await;
    let right = q.correct_options()[0].text.clone();
    assert!(text(&el, ".right-answer").contains(&right));
    assert!(
        all(&el, ".explanation").is_empty(),
        "no empty explanation paragraph"
    );
}

#[wasm_bindgen_test]
async fn checking_an_option_shows_what_the_author_says_about_it() {
    let mut q = seed_question(3);
    let right = q.right_response();
    let wrong = q.options.iter_mut().find(|o| o.id != right).expect("wrong");
    let said = format!("Not this one: {}", wrong.text);
    wrong.feedback = said.clone();
    let (el, _, _) = mount_card(q.clone());
    check_a_wrong_answer(&el, &q).await;
    assert_eq!(text(&el, ".option-feedback"), said);
    // An option with nothing said about it adds nothing.
    let plain = seed_question(3);
    let (plain_el, _, _) = mount_card(plain.clone());
    check_a_wrong_answer(&plain_el, &plain).await;
    assert!(all(&plain_el, ".option-feedback").is_empty());
}

#[wasm_bindgen_test]
async fn a_hint_opens_on_request_and_goes_once_the_answer_is_checked() {
    let mut q = seed_question(4);
    q.hint = format!(
        "Reread the section \u{201c}{}\u{201d}.",
        q.section.as_deref().unwrap_or_default()
    );
    let (el, _, _) = mount_card(q.clone());
    assert!(
        text(&el, ".question-hint").trim() == "Show a hint",
        "closed at first"
    );
    button(&el, "Show a hint").click();
    settle().await;
    assert_eq!(text(&el, ".question-hint .clue"), q.hint);
    click(&el, "li:nth-child(1) input");
    settle().await;
    button(&el, "Check").click();
    settle().await;
    assert!(
        all(&el, ".question-hint p").is_empty(),
        "the hint goes once checked"
    );
    // A question without one shows no hint button at all.
    let (plain, _, _) = mount_card(seed_question(4));
    assert!(all(&plain, ".question-hint").is_empty());
}

#[wasm_bindgen_test]
async fn checking_a_wrong_answer_names_the_right_one() {
    let q = seed_question(2);
    let (el, _, _) = mount_card(q.clone());
    check_a_wrong_answer(&el, &q).await;
    let feedback = text(&el, ".feedback");
    let right = q.correct_options()[0].text.clone();
    assert!(feedback.starts_with("Not quite"), "{feedback}");
    assert!(feedback.contains(&right), "{feedback}");
    assert_eq!(text(&el, "label.is-correct .option-text"), right);
    assert_eq!(all(&el, "label.is-wrong").len(), 1);
}

#[wasm_bindgen_test]
async fn checking_with_nothing_chosen_asks_for_an_answer_and_does_not_check() {
    let (el, _, checked) = mount_card(seed_question(3));
    button(&el, "Check").click();
    settle().await;
    assert!(!checked.get_untracked());
    assert!(text(&el, ".hint").contains("Choose an answer first"));
    assert_eq!(text(&el, ".feedback"), "");
}

#[wasm_bindgen_test]
fn lesson_prose_shows_the_html_the_build_made_and_its_escaped_markup_as_text() {
    let el = host();
    // As the build writes hostile Markdown: raw HTML escaped, emphasis marked up.
    let html = "<p>&lt;img src=x onerror=\"window.__pwned=1\"&gt; and <strong>bold</strong></p>";
    leptos::mount::mount_to(
        el.clone(),
        move || view! { <Prose html=html.to_string() /> },
    )
    .forget();
    assert!(all(&el, "img").is_empty());
    assert_eq!(all(&el, "strong").len(), 1);
    assert!(el.text_content().unwrap_or_default().contains("<img src=x"));
}

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

fn unique_base() -> String {
    format!("/wasm-test-{}/", (js_sys::Math::random() * 1e9) as u64)
}

#[wasm_bindgen_test]
fn progress_written_to_local_storage_reads_back() {
    let base = unique_base();
    let lesson = &course().expect("course").lessons[0];
    let (store, loaded) = Store::open(&base, 1_000);
    assert!(loaded.notices.is_empty());
    assert_eq!(loaded.progress, Progress::default());

    let mut progress = Progress::default();
    let mut attempt = Attempt::new(lesson, 77, 1_000);
    let q = &lesson.questions[0];
    attempt
        .choose(lesson, &q.id, &q.right_response())
        .expect("choose");
    attempt.check(lesson, &q.id).expect("check");
    progress.lesson_mut(&lesson.id).current = Some(attempt);
    store.save(&progress).expect("save");

    assert!(local_storage()
        .get_item(&key_for(&base))
        .expect("get")
        .is_some());
    let (_, again) = Store::open(&base, 2_000);
    assert_eq!(again.progress, progress);
    assert!(again.notices.is_empty());
    local_storage()
        .remove_item(&key_for(&base))
        .expect("remove");
}

#[wasm_bindgen_test]
fn unreadable_storage_is_kept_aside_and_the_app_starts_fresh() {
    let base = unique_base();
    let key = key_for(&base);
    local_storage().set_item(&key, "{not json").expect("set");
    let (store, loaded) = Store::open(&base, 42);
    assert_eq!(loaded.progress, Progress::default());
    assert_eq!(loaded.notices.len(), 1);
    assert!(
        loaded.notices[0].contains("could not be read"),
        "{}",
        loaded.notices[0]
    );
    let backup = format!("{key}:backup:42");
    assert_eq!(
        local_storage().get_item(&backup).expect("get").as_deref(),
        Some("{not json")
    );
    assert!(loaded.notices[0].contains(&backup));
    assert!(store.is_writable());
    for k in [key, backup] {
        local_storage().remove_item(&k).expect("remove");
    }
}

#[wasm_bindgen_test]
fn an_older_document_is_migrated_and_its_original_kept_aside() {
    let base = unique_base();
    let key = key_for(&base);
    let v1 = include_str!("fixtures/progress/v1.json");
    local_storage().set_item(&key, v1).expect("set");
    let (store, loaded) = Store::open(&base, 7);
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    let backup = format!("{key}:backup:7");
    assert_eq!(
        local_storage().get_item(&backup).expect("get").as_deref(),
        Some(v1)
    );
    let finished = loaded
        .progress
        .lessons
        .values()
        .map(|l| l.finished.len())
        .sum::<usize>();
    assert!(finished > 0, "finished attempts survive the migration");
    store.save(&loaded.progress).expect("save");
    let (_, again) = Store::open(&base, 8);
    assert_eq!(again.progress, loaded.progress);
    assert!(
        local_storage()
            .get_item(&format!("{key}:backup:8"))
            .expect("get")
            .is_none(),
        "a current document is not copied"
    );
    for k in [key, backup] {
        local_storage().remove_item(&k).expect("remove");
    }
}

#[wasm_bindgen_test]
fn progress_from_a_newer_version_is_left_untouched() {
    let base = unique_base();
    let key = key_for(&base);
    let newer = format!(
        "{{\"version\":{},\"lessons\":{{}}}}",
        lectern_core::progress::VERSION + 1
    );
    local_storage().set_item(&key, &newer).expect("set");
    let (store, loaded) = Store::open(&base, 1);
    assert!(loaded.notices[0].contains("newer version"));
    assert!(store.save(&Progress::default()).is_err());
    assert_eq!(local_storage().get_item(&key).expect("get"), Some(newer));
    local_storage().remove_item(&key).expect("remove");
}

fn press(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    let _ = web_sys::window().expect("window").dispatch_event(&event);
}

#[wasm_bindgen_test]
async fn number_keys_pick_an_option_and_enter_checks() {
    let q = seed_question(4);
    let (el, chosen, checked) = mount_card(q.clone());
    press("2");
    settle().await;
    assert_eq!(
        chosen.get_untracked().as_deref(),
        Some(q.options[1].id.as_str())
    );
    press("9");
    settle().await;
    assert_eq!(
        chosen.get_untracked().as_deref(),
        Some(q.options[1].id.as_str()),
        "9 is not an option"
    );
    press("Enter");
    settle().await;
    assert!(checked.get_untracked());
    assert!(!text(&el, ".feedback").is_empty());
    // Once checked, number keys change nothing.
    press("1");
    settle().await;
    assert_eq!(
        chosen.get_untracked().as_deref(),
        Some(q.options[1].id.as_str())
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn a_confirm_dialog_is_named_by_its_heading_and_runs_only_the_button_pressed() {
    let el = host();
    let open = RwSignal::new(true);
    let confirmed = RwSignal::new(0);
    let cancelled = RwSignal::new(0);
    let handle = leptos::mount::mount_to(el.clone(), move || {
        view! {
            <ConfirmDialog
                open=open
                heading_id="test-confirm-heading"
                heading="Go ahead?"
                confirm="Go ahead"
                confirm_class="danger"
                on_confirm=move |()| confirmed.update(|n| *n += 1)
                on_cancel=move |()| {
                    cancelled.update(|n| *n += 1);
                    open.set(false);
                }
            >
                <p class="what">"What going ahead does."</p>
            </ConfirmDialog>
        }
    });
    handle.forget();
    settle().await;
    let dialog: web_sys::HtmlDialogElement = el
        .query_selector("dialog")
        .expect("selector")
        .expect("a dialog")
        .unchecked_into();
    assert!(dialog.open(), "shown as a modal");
    assert_eq!(
        dialog.get_attribute("aria-labelledby").as_deref(),
        Some("test-confirm-heading")
    );
    assert_eq!(text(&el, "#test-confirm-heading"), "Go ahead?");
    assert_eq!(text(&el, ".confirm .what"), "What going ahead does.");

    let go = button(&el, "Go ahead");
    assert_eq!(go.class_name(), "danger");
    go.click();
    assert_eq!(
        (confirmed.get_untracked(), cancelled.get_untracked()),
        (1, 0)
    );

    button(&el, "Cancel").click();
    settle().await;
    assert_eq!(
        (confirmed.get_untracked(), cancelled.get_untracked()),
        (1, 1)
    );
    assert!(!dialog.open(), "closed after Cancel");
}

#[wasm_bindgen_test]
async fn a_failed_load_says_what_and_why_and_try_again_asks_once_more() {
    let el = host();
    let tries = RwSignal::new(0);
    let handle = leptos::mount::mount_to(el.clone(), move || {
        load_failed(
            lectern::tr!("failed-lesson", why = "you seem to be offline"),
            move || tries.update(|t| *t += 1),
        )
    });
    settle().await;
    assert_eq!(
        text(&el, ".load-failed p"),
        "This lesson could not be loaded: you seem to be offline."
    );
    assert_eq!(all(&el, "[role=alert]").len(), 1);
    button(&el, "Try again").click();
    settle().await;
    assert_eq!(tries.get_untracked(), 1);
    drop(handle);
}

/// The fixture lesson with a question of every kind, read from its file as the build does.
fn kinds_question(kind: lectern_core::content::Kind) -> Question {
    let text = include_str!("fixtures/course/60-question-kinds.toml");
    let lesson = lectern_core::authoring::parse_lesson("60-question-kinds.toml", text)
        .unwrap_or_else(|p| panic!("{p:?}"));
    lesson
        .questions
        .into_iter()
        .find(|q| q.kind == kind)
        .expect("a question of that kind")
}

/// Mounts a card whose answers go through the core's `Question::response`, as the check
/// screen's do through the attempt.
fn mount_graded(question: Question) -> (HtmlElement, RwSignal<Option<String>>, RwSignal<bool>) {
    let el = host();
    let chosen = RwSignal::new(None::<String>);
    let checked = RwSignal::new(false);
    let order = question.options.clone();
    let handle = leptos::mount::mount_to(el.clone(), move || {
        let q = question.clone();
        view! {
            <QuestionCard
                question=question.clone()
                order=order.clone()
                chosen=chosen
                checked=checked
                on_choose=move |r: String| chosen.set(q.response(&r).ok().flatten())
                on_check=move |()| checked.set(true)
                on_next=move |()| {}
                next_label="Next question"
            />
        }
    });
    handle.forget();
    (el, chosen, checked)
}

#[wasm_bindgen_test]
async fn select_all_that_apply_is_right_only_with_every_right_option_and_marks_each() {
    use lectern_core::content::Kind;
    let q = kinds_question(Kind::Multiple);
    let (el, chosen, _) = mount_graded(q.clone());
    assert_eq!(all(&el, "input[type=checkbox]").len(), q.options.len());
    assert!(text(&el, ".kind-note").contains("Select all"));
    // Every right option by its number key, in the order shown.
    for (i, o) in q.options.iter().enumerate() {
        if q.is_right_option(&o.id) {
            press(&lectern_core::keys::key_for(i).expect("key").to_string());
            settle().await;
        }
    }
    assert_eq!(chosen.get_untracked(), Some(q.right_response()));
    button(&el, "Check").click();
    settle().await;
    assert!(text(&el, ".feedback").starts_with("Correct"));
    assert_eq!(all(&el, "label.is-correct").len(), q.correct.len());

    // One right option and one wrong one: wrong, the wrong one marked, the right ones named.
    let (el, _, _) = mount_graded(q.clone());
    let right = q.options.iter().position(|o| q.is_right_option(&o.id));
    let wrong = q.options.iter().position(|o| !q.is_right_option(&o.id));
    for i in [right, wrong].into_iter().flatten() {
        click(&el, &format!("li:nth-child({}) input", i + 1));
        settle().await;
    }
    button(&el, "Check").click();
    settle().await;
    assert!(text(&el, ".feedback").starts_with("Not quite"));
    assert_eq!(all(&el, "label.is-wrong").len(), 1);
    assert_eq!(all(&el, ".feedback .answer-list li").len(), q.correct.len());
}

#[wasm_bindgen_test]
async fn a_typed_answer_is_saved_as_typed_and_graded_loosely_unless_exact() {
    use lectern_core::content::Kind;
    let q = kinds_question(Kind::Typed);
    let (el, chosen, checked) = mount_graded(q.clone());
    let input: HtmlInputElement = el
        .query_selector("input[type=text]")
        .expect("selector")
        .expect("a text field")
        .unchecked_into();
    assert!(text(&el, ".typed-answer label").contains("Your answer"));
    let typed = format!("  {}  ", q.correct[0].to_uppercase());
    input.set_value(&typed);
    let event = web_sys::Event::new("input").expect("event");
    input.dispatch_event(&event).expect("dispatch");
    settle().await;
    assert_eq!(chosen.get_untracked(), Some(typed));
    button(&el, "Check").click();
    settle().await;
    assert!(checked.get_untracked());
    assert_eq!(
        text(&el, ".feedback").starts_with("Correct"),
        !q.matching.exact
    );
    assert!(input.disabled());
}

#[wasm_bindgen_test]
async fn a_wrong_typed_answer_shows_an_accepted_one() {
    use lectern_core::content::Kind;
    let q = kinds_question(Kind::Typed);
    let (el, chosen, _) = mount_graded(q.clone());
    chosen.set(Some(format!("not {}", q.correct[0])));
    button(&el, "Check").click();
    settle().await;
    assert!(text(&el, ".feedback").starts_with("Not quite"));
    assert!(text(&el, ".right-answer").contains(&q.correct[0]));
}

#[wasm_bindgen_test]
async fn an_order_is_put_right_with_the_move_buttons() {
    use lectern_core::content::Kind;
    let q = kinds_question(Kind::Order);
    let (el, chosen, _) = mount_graded(q.clone());
    let first_up: HtmlElement = all(&el, ".order-item:first-child button")[0]
        .clone()
        .unchecked_into();
    assert!(
        first_up.has_attribute("disabled"),
        "the first item cannot move up"
    );
    // Shown in the author's order here (the card is handed `options`): move the last
    // item up to the top, so it starts out wrong, then move it back down.
    let count = q.options.len();
    let last = &q.options[count - 1].id;
    for _ in 1..count {
        click(&el, &format!("#move-up-{last}"));
        settle().await;
    }
    let top = text(&el, ".order-item:first-child .order-text");
    assert_eq!(top, q.options[count - 1].text);
    assert_ne!(chosen.get_untracked(), Some(q.right_response()));
    for _ in 1..count {
        click(&el, &format!("#move-down-{last}"));
        settle().await;
    }
    assert_eq!(chosen.get_untracked(), Some(q.right_response()));
    button(&el, "Check").click();
    settle().await;
    assert!(text(&el, ".feedback").starts_with("Correct"));
    assert_eq!(all(&el, ".order-item.is-correct").len(), count);
}
