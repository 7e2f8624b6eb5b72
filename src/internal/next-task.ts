/** Lets the browser paint and handle input before going on: resolves in a later task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
