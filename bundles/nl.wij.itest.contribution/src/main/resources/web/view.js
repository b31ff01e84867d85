// The view of the test module: proves that a bundle's own ES module is loaded lazily by the shell.
export function render(element, context) {
  const heading = document.createElement('h2');
  heading.textContent = 'Testweergave';
  const text = document.createElement('p');
  text.id = 'itest-view-content';
  text.textContent = `Deze weergave komt uit de testmodule; ingelogd als ${context.user.user}.`;
  element.append(heading, text);
  return () => element.replaceChildren();
}
