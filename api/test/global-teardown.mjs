// See global-setup.mjs.
const { default: teardown } = await import('./global-teardown.impl.ts');
export default teardown;
