// An esbuild plugin for tsup: lists every npm package a build bundles into dist/, with its license
// text, in one notices file, because the licenses of bundled code (MIT and the like) ask for their
// notice to travel with every copy.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];
interface Bundled {
  name: string;
  version: string;
  license: string;
  text: string | null;
}

/** Bundled packages by `name@version`, from every build that shares this plugin's file. */
const bundled = new Map<string, Bundled>();

/** The package directory an input path of the metafile belongs to, or null for our own sources. */
function packageDir(input: string): string | null {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll("\\", "/"));
  return match?.[1] ? resolve(match[1]) : null;
}

function readPackage(dir: string): Bundled {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const licenseFile = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  const text = licenseFile ? readFileSync(join(dir, licenseFile), "utf8").trim() : null;
  return { name: manifest.name, version: manifest.version, license: manifest.license ?? "see package", text };
}

/** The plugin; `file` is where the notices go, e.g. `dist/THIRD-PARTY-NOTICES.md`. */
export function thirdPartyNotices(file: string): Plugin {
  return {
    name: "tessera:third-party-notices",
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        if (!result.metafile) return;
        for (const input of Object.keys(result.metafile.inputs)) {
          const dir = packageDir(input);
          if (!dir || !existsSync(join(dir, "package.json"))) continue;
          const entry = readPackage(dir);
          if (entry.name.startsWith("@tessera/")) continue; // ours, under the package's own LICENSE
          bundled.set(`${entry.name}@${entry.version}`, entry);
        }
        const sections = [...bundled.values()]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map(({ name, version, license, text }) =>
            [`## ${name} ${version} (${license})`, "", text ?? `License: ${license}.`].join("\n"),
          );
        const head =
          "# Third-party notices\n\nThese packages are bundled into @tessera/mock's dist/ " +
          "(the library and the tessera-mock CLI); their licenses follow.\n";
        // tsup writes the bundles after this hook, so on a clean build dist/ may not exist yet.
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${head}\n${sections.join("\n\n")}\n`);
      });
    },
  };
}
