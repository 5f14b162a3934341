// Nothing the extension does reaches the network, and nothing reached it from the run at all.
// Each harness records the requests it saw (tests/e2e/harness.mjs, tests/e2e/firefox-harness.mjs):
// `fromExtension`, http(s) requests made by the extension's pages or background; `leftMachine`,
// requests that got past the routing to the network (Firefox: its own sink proxy; Chromium
// resolves no host at all). Shared by Chromium and Firefox (see ./index.mjs).
import { assert } from '../runner.mjs';

export async function networkScenarios(env, test) {
  await test('no request from the extension, and none left the machine', async () => {
    const r = env.requests;
    assert(r.fromExtension.length === 0, `extension requests: ${JSON.stringify(r.fromExtension)}`);
    const left = r.leftMachine?.() ?? [];
    assert(left.length === 0, `requests past the routing: ${JSON.stringify(left)}`);
    // Every request not served from a fixture was aborted by the routing.
    console.log(
      `#   ${r.served.length} fixture loads served, ${r.blocked.length} page requests blocked`,
    );
  });
}
