// Template picker → the list of templates shown (dashboard.md §3.1 "Template picker"): each
// template row has a "Use template" button; the row's first other text is the template name.
// "Create Custom Token" / "Get started" is not a template and is left out.
import type { PageReading, TemplateReading } from './types';
import { all, nameOf, ownUi, textParts } from './dom';
import { countUp } from './widgets';

const USE = /^use template$/i;

export function readTemplatePicker(root: ParentNode, _url: URL): PageReading {
  const skip = ownUi(root);
  const buttons = all(root, 'button,[role="button"],a[href]', skip).filter((b) => USE.test(nameOf(b)));
  const counts = countUp(buttons, new Set());
  const templates: TemplateReading[] = [];
  for (const button of buttons) {
    const own = new Set(textParts(button));
    for (let el = button.parentElement; el && (counts.get(el) ?? 0) === 1; el = el.parentElement) {
      const name = textParts(el).find((t) => !own.has(t));
      if (name) {
        templates.push({ name, element: el });
        break;
      }
    }
  }
  return { step: 'template-picker', rows: [], sections: {}, templates, tokens: [] };
}
