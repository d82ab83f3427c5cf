// The plain-JavaScript floor for Lectern's check: the question card's markup, Lectern's own
// style sheet, and the same DOM changes on choose, Check and Next, with no framework, no
// storage and no router (Next pushes the next question's address, as Lectern does).
// `QUESTIONS` (the seed lesson's questions, in its order) is put before this code by
// bench/plain-floor.mjs. The first card is the one in the page, as Lectern's first
// question page arrives built.
(() => {
  const total = QUESTIONS.length;
  let number = 1;
  let chosen = null;
  let checked = false;
  let done = 0;

  const el = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    for (const c of children) e.append(c);
    return e;
  };
  const html = (tag, attrs, inner) => {
    const e = el(tag, attrs);
    e.innerHTML = inner;
    return e;
  };
  const question = () => QUESTIONS[number - 1];
  const card = () => document.querySelector('section.question');

  function choose(id) {
    if (checked) return;
    chosen = id;
    card().querySelector('.hint').textContent = '';
    for (const input of card().querySelectorAll('input[name=answer]')) {
      input.checked = input.value === id;
      input.closest('label').classList.toggle('is-chosen', input.value === id);
    }
  }

  function check() {
    const section = card();
    if (chosen == null) {
      section.querySelector('.hint').textContent = 'Choose an answer first, then check it.';
      return;
    }
    checked = true;
    done += 1;
    const q = question();
    const right = q.options.find((o) => o.correct);
    const isRight = chosen === right.id;
    for (const input of section.querySelectorAll('input[name=answer]')) {
      input.disabled = true;
      const label = input.closest('label');
      label.classList.toggle('is-correct', input.value === right.id);
      label.classList.toggle('is-wrong', input.value === chosen && !isRight);
    }
    const feedback = section.querySelector('.feedback');
    feedback.classList.add(isRight ? 'is-right' : 'is-wrong');
    feedback.append(el('p', { class: 'verdict' }, isRight ? 'Correct.' : 'Not quite.'));
    if (!isRight) {
      const p = el('p', { class: 'right-answer' }, 'Right answer: ');
      p.append(html('span', {}, right.text));
      feedback.append(p);
    }
    const picked = q.options.find((o) => o.id === chosen);
    if (picked?.feedback) feedback.append(html('p', { class: 'option-feedback' }, picked.feedback));
    if (q.explanation) feedback.append(html('div', { class: 'explanation' }, q.explanation));
    const track = document.querySelector('.progress-track');
    track.setAttribute('aria-valuenow', String(done));
    document.querySelector('.progress-fill').style.setProperty('width', `${Math.floor((done * 100) / total)}%`);
    const actions = section.querySelector('.actions');
    actions.replaceChildren(el('button', { type: 'button', class: 'primary', 'data-next': '' }, number < total ? 'Next question' : 'See your result'));
  }

  function cardFor(q) {
    const items = q.options.map((o, i) => {
      const label = el('label', { class: 'option' },
        el('input', { type: 'radio', id: `option-${o.id}`, name: 'answer', value: o.id }),
        el('span', { 'aria-hidden': 'true', class: 'option-key' }, i < 9 ? String(i + 1) : i === 9 ? '0' : ''),
        html('span', { class: 'option-text' }, o.text));
      return el('li', {}, label);
    });
    return el('section', { class: 'question' },
      html('h1', { id: 'question-heading', tabindex: '-1', class: 'question-prompt' }, q.prompt),
      el('fieldset', { 'aria-labelledby': 'question-heading', class: 'options' }, el('ul', { class: 'option-list' }, ...items)),
      el('p', { role: 'alert', class: 'hint' }),
      el('div', { role: 'status', class: 'feedback' }),
      el('div', { class: 'actions' }, el('button', { type: 'button', 'data-early-check': '', class: 'primary' }, 'Check')));
  }

  function next() {
    if (number >= total) {
      history.pushState(null, '', '../../');
      document.querySelector('.check').replaceChildren(el('h1', { tabindex: '-1' }, 'Your result'));
      return;
    }
    number += 1;
    chosen = null;
    checked = false;
    history.pushState(null, '', `../${number}/`);
    document.title = `Question ${number} · ${document.title.split(' · ').slice(1).join(' · ')}`;
    document.querySelector('.progress-label').textContent = `Question ${number} of ${total}`;
    card().replaceWith(cardFor(question()));
    document.getElementById('question-heading').focus();
  }

  document.addEventListener('change', (e) => {
    if (e.target.matches?.('input[name=answer]')) choose(e.target.value);
  });
  document.addEventListener('click', (e) => {
    const button = e.target.closest?.('button');
    if (!button) return;
    if (button.hasAttribute('data-early-check')) check();
    else if (button.hasAttribute('data-next')) next();
  });
})();
