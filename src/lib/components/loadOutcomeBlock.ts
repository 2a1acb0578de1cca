/**
 * A study's full chart (`OutcomeBlock`, with every chart kind and its sources) loads when someone
 * first opens one: the outcomes step shows each study in short until then. The no-JavaScript pages
 * import it directly, so it is in their server render.
 */
export const loadOutcomeBlock = () => import('./OutcomeBlock.svelte');
