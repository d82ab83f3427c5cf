//! The app's own screens rendered natively to HTML, as pages made at build time will be
//! (`cargo test -p lectern --no-default-features --features ssr`). Every expected text is
//! read from the course, never typed here; the learner state is the empty one a page made
//! for no one starts from.
#![cfg(feature = "ssr")]

use lectern::render;
use lectern_core::attempt::Attempt;
use lectern_core::authoring::{build_course, lesson_files};
use lectern_core::content::{Course, Lesson, Question};
use lectern_core::route::Route;
use lectern_core::shuffle::first_page_seed;

/// The built-in course, text included, as embedded by `build.rs`.
fn built_in() -> &'static Course {
    match render::full_course() {
        Ok(course) => course,
        Err(e) => panic!("the embedded course does not read: {e}"),
    }
}

/// The fixture course (several lessons, one of hostile text), read from its lesson files.
fn fixture_course() -> &'static Course {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/course");
    let files = lesson_files(&dir)
        .expect("fixture lesson files")
        .into_iter()
        .map(|(path, text)| (path.display().to_string(), text))
        .collect::<Vec<_>>();
    let course = build_course(&files).unwrap_or_else(|problems| {
        panic!("the fixture course has problems: {problems:?}");
    });
    Box::leak(Box::new(course))
}

/// The page for `route` over the empty learner state. The `<!>` comments mark where
/// hydration will split text; these tests read content, so they drop them.
fn page(course: &'static Course, route: &Route) -> String {
    let outline: &'static Course = Box::leak(Box::new(course.outline()));
    render::page_of(course, outline, route)
        .body
        .replace("<!>", "")
}

fn first_lesson(course: &Course) -> &Lesson {
    course.lessons.first().expect("a course has lessons")
}

/// How text must read in HTML: as text, its markup characters escaped.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The elements `<tag …>…</tag>` in `html`, outer HTML, in document order (not nested).
fn elements<'h>(html: &'h str, tag: &str) -> Vec<&'h str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        // `<a` also begins `<article>`: the name must end there.
        let after = rest[start + open.len()..].chars().next();
        if !after.is_some_and(|c| c.is_whitespace() || c == '>' || c == '/') {
            rest = &rest[start + open.len()..];
            continue;
        }
        let Some(len) = rest[start..].find(&close) else {
            break;
        };
        let end = start + len + close.len();
        found.push(&rest[start..end]);
        rest = &rest[end..];
    }
    found
}

/// Every tag in `html` (`<…>`), in document order. Text and attribute values have their
/// `<` and `>` escaped, so each of these is markup.
fn tags(html: &str) -> Vec<&str> {
    html.match_indices('<')
        .filter_map(|(start, _)| {
            let len = html[start..].find('>')?;
            Some(&html[start..=start + len])
        })
        .collect()
}

/// The value of attribute `name` in a tag (`<a href="…">`, or the opening tag of an
/// element), as written.
fn attr<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let tag = &tag[..=tag.find('>')?];
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

fn tag_name(tag: &str) -> &str {
    let name = tag.trim_start_matches('<');
    let end = name
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(name.len());
    &name[..end]
}

/// The first question of the attempt the app starts from a check's first page.
fn first_question(lesson: &Lesson) -> (Question, Attempt) {
    let attempt = Attempt::new(lesson, first_page_seed(&lesson.id), 0);
    let id = attempt.questions.first().expect("a check has questions");
    let question = lesson.question(id).expect("the attempt's question").clone();
    (question, attempt)
}

#[test]
fn home_lists_every_lesson_with_a_link_to_it() {
    let course = built_in();
    let html = page(course, &Route::Home);

    let main = tags(&html)
        .into_iter()
        .find(|t| tag_name(t) == "main")
        .expect("a main element");
    assert_eq!(attr(main, "id"), Some("main"), "{main}");
    for (series, _) in course.by_series() {
        assert!(html.contains(&escaped(series)), "series {series:?} missing");
    }
    for lesson in &course.lessons {
        let link = format!(
            "<a href=\"{}\">",
            lectern::app::href(&Route::Lesson(lesson.id.clone()))
        );
        let card = elements(&html, "li")
            .into_iter()
            .find(|li| li.contains(&link))
            .unwrap_or_else(|| panic!("no card links to lesson {:?}: {html}", lesson.id));
        assert!(card.contains(&escaped(&lesson.title)), "{card}");
        assert!(card.contains(&escaped(&lesson.summary)), "{card}");
        assert!(card.contains("Not started"), "empty progress: {card}");
    }
}

#[test]
fn lesson_page_shows_its_title_every_section_and_the_way_into_the_check() {
    let course = built_in();
    let lesson = first_lesson(course);
    let html = page(course, &Route::Lesson(lesson.id.clone()));

    let heading = elements(&html, "h1");
    assert_eq!(heading.len(), 1, "{html}");
    assert!(heading[0].contains(&format!(">{}</h1>", escaped(&lesson.title))));
    let headings = elements(&html, "h2");
    for section in &lesson.sections {
        let h2 = headings
            .iter()
            .find(|h| h.contains(&format!("id=\"section-{}\"", section.id)))
            .unwrap_or_else(|| panic!("no heading for section {:?}", section.id));
        assert!(h2.contains(&escaped(&section.title)), "{h2}");
        assert!(
            html.contains(&section.html),
            "section {:?} text missing",
            section.id
        );
    }
    let start = lectern::app::href(&Route::Question(lesson.id.clone(), 1));
    let link = elements(&html, "a")
        .into_iter()
        .find(|a| attr(a, "href") == Some(start.as_str()))
        .unwrap_or_else(|| panic!("no link to {start}: {html}"));
    assert!(link.ends_with(">Start the check</a>"), "{link}");
}

#[test]
fn a_lesson_with_no_sections_leads_straight_to_its_check() {
    let path = "tests/fixtures/lessons/no_sections.toml";
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .expect("the no-sections fixture");
    let course = build_course(&[(path.to_string(), text)])
        .unwrap_or_else(|problems| panic!("the no-sections fixture has problems: {problems:?}"));
    let course: &'static Course = Box::leak(Box::new(course));
    let lesson = first_lesson(course);
    let html = page(course, &Route::Lesson(lesson.id.clone()));

    assert!(!html.contains("lesson-section"), "{html}");
    let headings = elements(&html, "h2");
    assert_eq!(headings.len(), 1, "only the check's heading: {headings:?}");
    let start = lectern::app::href(&Route::Question(lesson.id.clone(), 1));
    assert!(
        elements(&html, "a")
            .into_iter()
            .any(|a| attr(a, "href") == Some(start.as_str()) && a.ends_with(">Start the check</a>")),
        "no link to {start}: {html}"
    );
}

#[test]
fn first_question_shows_its_prompt_and_every_option_as_a_labelled_radio() {
    let course = built_in();
    let lesson = first_lesson(course);
    let (question, attempt) = first_question(lesson);
    let html = page(course, &Route::Question(lesson.id.clone(), 1));

    let heading = elements(&html, "h1");
    assert_eq!(heading.len(), 1, "{html}");
    assert!(
        heading[0].contains("id=\"question-heading\""),
        "{}",
        heading[0]
    );
    assert!(heading[0].contains(&question.prompt), "{}", heading[0]);
    assert!(html.contains(&format!("Question 1 of {}", attempt.len())));

    // One label per option, in the attempt's order, each wrapping its radio and its text.
    let labels = elements(&html, "label");
    let order = attempt.option_order(&question);
    assert_eq!(labels.len(), order.len(), "{html}");
    for (label, choice) in labels.iter().zip(order) {
        let inputs = tags(label)
            .into_iter()
            .filter(|t| tag_name(t) == "input")
            .collect::<Vec<_>>();
        assert_eq!(inputs.len(), 1, "{label}");
        let input = inputs[0];
        assert_eq!(attr(input, "type"), Some("radio"), "{input}");
        assert_eq!(attr(input, "name"), Some("answer"), "{input}");
        assert_eq!(attr(input, "value"), Some(choice.id.as_str()), "{input}");
        let id = format!("option-{}", choice.id);
        assert_eq!(attr(input, "id"), Some(id.as_str()), "{input}");
        assert!(
            // The marks shown after a check ("right answer") ride on the span as data.
            label.contains(&format!("class=\"option-text\">{}</span>", choice.text)),
            "{label}"
        );
    }
    for input in tags(&html).into_iter().filter(|t| tag_name(t) == "input") {
        assert!(!input.contains("checked"), "nothing is chosen yet: {input}");
        assert!(
            !input.contains("disabled"),
            "nothing is checked yet: {input}"
        );
    }
}

#[test]
fn hostile_lesson_text_is_shown_as_text_on_every_page() {
    let course = fixture_course();
    let lesson = course
        .lessons
        .iter()
        .find(|l| l.title.contains("<script"))
        .expect("the fixture course has a lesson whose title holds a script tag");
    let (question, _) = first_question(lesson);
    let pages = [
        Route::Home,
        Route::Lesson(lesson.id.clone()),
        Route::Question(lesson.id.clone(), 1),
    ]
    .map(|route| page(course, &route));

    for html in &pages {
        for tag in tags(html) {
            let name = tag_name(tag);
            assert!(
                !["script", "img", "svg", "b"].contains(&name),
                "lesson text became markup: {tag}"
            );
            // Every link stays in the site, relative to the page's base: a `javascript:`
            // link in the text is never one.
            if name == "a" {
                let href = attr(tag, "href").unwrap_or_default();
                let route = Route::from_path(href.trim_start_matches("./"));
                assert!(
                    !href.contains(':') && !href.starts_with('/') && route != Route::NotFound,
                    "a link out of the app: {tag}"
                );
            }
        }
    }
    let [home, lesson_page, check] = &pages;
    assert!(home.contains(&escaped(&lesson.title)), "{home}");
    assert!(home.contains(&escaped(&lesson.summary)), "{home}");
    assert!(
        lesson_page.contains(&escaped(&lesson.title)),
        "{lesson_page}"
    );
    for section in &lesson.sections {
        assert!(
            lesson_page.contains(&escaped(&section.title)),
            "{lesson_page}"
        );
        assert!(
            lesson_page.contains(&section.html),
            "{:?} missing",
            section.id
        );
    }
    // Author texts of a question are HTML the build made (escaped where the author wrote
    // markup), so the page holds them as they are.
    assert!(check.contains(&question.prompt), "{check}");
    for choice in &question.options {
        assert!(check.contains(&choice.text), "{check}");
    }
}
