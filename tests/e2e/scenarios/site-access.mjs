export async function siteAccessScenarios(_env, _test) {}
