// Template picker → the list of templates shown (docs/dashboard.md §template-picker): each
// template row or card has a "Use template" button (its name may go on: "Use template Read
// billing info"); the template's name is the card's heading, else the row's first other text
// (a category label above the heading is not the name). "Create Custom Token" / "Get started" is
// not a template and is left out.
import type { PageReading, TemplateReading } from './types';
import { HEADINGS, all, nameOf, ownUi, textOf, textParts } from './dom';
import { countUp } from './widgets';

const USE = /^use (this )?template\b/i;

export function readTemplatePicker(root: ParentNode, _url: URL): PageReading {
  const skip = ownUi(root);
  const buttons = all(root, 'button,[role="button"],a[href]', skip).filter((b) => USE.test(nameOf(b)));
  const counts = countUp(buttons, new Set());
  const templates: TemplateReading[] = [];
  for (const button of buttons) {
    const own = new Set(textParts(button));
    for (let el = button.parentElement; el && (counts.get(el) ?? 0) === 1; el = el.parentElement) {
      const heading = [...el.querySelectorAll(HEADINGS)].find((h) => !button.contains(h) && !skip.has(h));
      const name = (heading && textOf(heading)) || textParts(el).find((t) => !own.has(t));
      if (name) {
        templates.push({ name, element: el });
        break;
      }
    }
  }
  return { step: 'template-picker', rows: [], sections: {}, templates, tokens: [] };
}
