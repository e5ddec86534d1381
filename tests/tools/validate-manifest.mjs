// Validates a Teams app manifest with Microsoft's own validator (@microsoft/app-manifest) against the JSON
// schema bundled in that package, never a downloaded one.
//   node validate-manifest.mjs [path/to/manifest.json]     (reads stdin when no path is given)
// Prints the JSON array of schema errors on stdout (empty when valid) and exits 0.
// Anything that prevents validating (unreadable input, package missing, schema not bundled) goes to stderr
// with a non-zero exit, so a caller can never mistake "could not check" for "valid".
import { readFileSync } from "node:fs";
import { access, readFile, writeFile } from "node:fs/promises";
import Module, { createRequire } from "node:module";

const require = createRequire(import.meta.url);

// @microsoft/app-manifest 1.1.2 requires "fs-extra" when it loads but lists it only as a devDependency, and
// requires "strip-bom" 5, which is ESM-only and cannot be require()d on node 20. Schema validation only
// needs to read the bundled schema, so when (and only when) the real modules cannot load, these stand in.
const standIns = {
    "fs-extra": {
        pathExists: (path) => access(path).then(() => true, () => false),
        readFile,
        readFileSync,
        writeFile,
        writeJson: (path, value, options) => writeFile(path, JSON.stringify(value, null, options?.spaces)),
    },
    "strip-bom": {
        __esModule: true,
        default: (text) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
    },
};
const originalLoad = Module._load;
Module._load = function loadWithStandIns(request, ...rest) {
    try {
        return originalLoad.call(this, request, ...rest);
    } catch (error) {
        const missing = error?.code === "MODULE_NOT_FOUND" && String(error.message).includes(`'${request}'`);
        if (Object.hasOwn(standIns, request) && (missing || error?.code === "ERR_REQUIRE_ESM")) {
            return standIns[request];
        }
        throw error;
    }
};

// The package falls back to downloading the schema named in $schema when it has no bundled copy; this
// validator must give the same answer offline and online, so a download is an error instead.
globalThis.fetch = async (url) => {
    throw new Error(`refusing to download ${url}: the manifest's $schema is not bundled in @microsoft/app-manifest`);
};

function fail(message) {
    process.stderr.write(`validate-manifest: ${message}\n`);
    process.exit(2);
}

let text;
try {
    text = readFileSync(process.argv[2] ?? 0, "utf8");
} catch (error) {
    fail(`cannot read ${process.argv[2] ?? "stdin"}: ${error.message}`);
}

let manifest;
try {
    manifest = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
} catch (error) {
    fail(`the manifest is not JSON: ${error.message}`);
}

let AppManifestUtils;
try {
    ({ AppManifestUtils } = require("@microsoft/app-manifest"));
} catch (error) {
    fail(`cannot load @microsoft/app-manifest (run npm ci in tests/tools): ${error.message}`);
}
if (typeof AppManifestUtils?.validateAgainstSchema !== "function") {
    fail("@microsoft/app-manifest has no AppManifestUtils.validateAgainstSchema; check the package version");
}

try {
    const errors = await AppManifestUtils.validateAgainstSchema(manifest);
    process.stdout.write(JSON.stringify(errors) + "\n");
} catch (error) {
    fail(error.message);
}
