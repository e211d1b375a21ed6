import { DEMO } from "../../seed/demoSeed.js";

/** What the CLI prints on start: where, who, which secrets, and a request to paste. */
export function printBanner(url: string, options: { demo: boolean; persist?: string }): void {
  const lines = [
    "",
    `  Tessera mock listening on ${url}`,
    `  API reference   ${url}/docs`,
    `  Controls        ${url}/__mock   (X-Mock-Session: <name> isolates state per caller)`,
    ...(options.persist ? [`  State file      ${options.persist}`] : []),
  ];
  if (options.demo) {
    const { users, tokens } = DEMO;
    lines.push(
      "",
      `  Demo users (password: ${DEMO.password})`,
      `    ${users.ada.email.padEnd(18)} ${users.ada.name}, admin of Acme (teams)`,
      `    ${users.grace.email.padEnd(18)} ${users.grace.name}, developer at Acme`,
      `    ${users.sol.email.padEnd(18)} ${users.sol.name}, admin of Solo Ltd (solo)`,
      "",
      "  Demo secrets (public, for this mock only)",
      `    Ada, personal      ${tokens.ada.secret}`,
      `    Grace, personal    ${tokens.grace.secret}`,
      `    Sol, personal      ${tokens.sol.secret}`,
      `    Acme, organization ${tokens.acme.secret}`,
      `    Solo, organization ${tokens.solo.secret}`,
      `    Acme, legacy key   ${tokens.acmeLegacy.secret}`,
      "",
      "  Try:",
      `    curl -s -H 'Authorization: Bearer ${tokens.ada.secret}' ${url}/v1/requester`,
    );
  }
  console.log(`${lines.join("\n")}\n`);
}
