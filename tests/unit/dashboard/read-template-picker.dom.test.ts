import { describe, expect, it } from 'vitest';
import { readTemplatePicker } from '../../../lib/dashboard/read-template-picker';
import { load, servedAt } from './load';

const URL_PICKER = new URL('https://dash.cloudflare.com/profile/api-tokens/create');

describe('template picker', () => {
  it('lists the 2024 templates, each with its own row element, without the custom token', () => {
    const reading = readTemplatePicker(load('template-picker.html'), servedAt('template-picker.html'));
    expect(reading.templates.map((t) => t.name)).toEqual([
      'Edit zone DNS', 'Read billing info', 'Read analytics and logs', 'Edit Cloudflare Workers', 'Workers AI (Beta)',
      'Edit load balancing configuration', 'WordPress', 'Create Additional Tokens',
      'Read and write to Cloudflare Stream and Images', 'Read Cloudflare Radar data', 'Read all resources',
    ]);
    for (const t of reading.templates) {
      expect(t.element.querySelectorAll('button')).toHaveLength(1);
      expect(t.element.textContent).toContain(t.name);
    }
  });

  it.each<[string, string, string[]]>([
    ['table rows', '<table><tr><td>Edit zone DNS</td><td><button>Use template</button></td></tr><tr><td>Read billing info</td><td><button>Use template</button></td></tr></table>', ['Edit zone DNS', 'Read billing info']],
    ['name after a badge-less description', '<div><div><p>WordPress</p><p>Zone settings, cache purge</p></div><a href="#" role="button">Use template</a></div>', ['WordPress']],
    ['cards: the heading, not a category label above it; buttons named for their template',
      '<ul><li><article><span>DNS &amp; Zones</span><h3>Edit zone DNS</h3><p>Edit DNS records.</p><button>Use template</button></article></li>' +
      '<li><article><span>Account &amp; Billing</span><h3>Read billing info</h3><p>Read billing.</p><button aria-label="Use template Read billing info">Use</button></article></li></ul>',
      ['Edit zone DNS', 'Read billing info']],
    ['"Use this template"', '<div><span>WordPress</span><a href="#" role="button">Use this template</a></div>', ['WordPress']],
    ['a row with no name is skipped', '<div><button>Use template</button></div><div><span>Read all resources</span><button>Use template</button></div>', ['Read all resources']],
  ])('%s', (_, html, names) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body><section>${html}</section></body>`, 'text/html');
    expect(readTemplatePicker(doc, URL_PICKER).templates.map((t) => t.name)).toEqual(names);
  });
});
