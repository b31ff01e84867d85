// The test module's view: draws the charts and the map the browser test prepared (session storage
// key 'nl.wij.itest.charts', computed by the test from the real DUO files) with the shared modules,
// imported by absolute URL as a domain module does. Marks itself data-klaar="ja" when all are drawn.
import { renderChart } from '/modules/nl.wij.workbench.charts/grafiek.js';
import { renderChoropleth } from '/modules/nl.wij.workbench.charts/kaart.js';

export function render(element, context) {
  const heading = document.createElement(`h${context.headingLevel ?? 3}`);
  heading.textContent = 'Grafieken uit de testmodule';
  const root = document.createElement('div');
  root.id = 'itest-grafieken';
  element.append(heading, root);
  const data = JSON.parse(sessionStorage.getItem('nl.wij.itest.charts') ?? 'null');
  if (!data) {
    root.textContent = 'Geen testgegevens.';
    return () => element.replaceChildren();
  }
  const handles = [];
  for (const [id, spec] of Object.entries(data.charts)) {
    handles.push(renderChart(container(root, id), spec));
  }
  const selected = document.createElement('p');
  selected.id = 'itest-gekozen';
  const map = renderChoropleth(container(root, 'itest-kaart'), {
    ...data.map, onSelect: (code) => { selected.textContent = code; },
  });
  handles.push(map);
  root.append(selected);
  Promise.all(handles.map((handle) => handle.ready)).then(() => { root.dataset.klaar = 'ja'; });
  return () => {
    handles.forEach((handle) => handle.destroy());
    element.replaceChildren();
  };
}

function container(root, id) {
  const div = document.createElement('div');
  div.id = id;
  root.append(div);
  return div;
}
