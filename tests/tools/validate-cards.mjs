// Validates Adaptive Cards with Microsoft's own parser (npm "adaptivecards" 3.0.6), as Teams would read them.
//
// stdin:  a JSON array of card objects.
// stdout: a JSON array of { "index": n, "errors": ["..."] }, one entry per card, in input order.
// Exit 0 when every card was checked (even if cards have errors); exit 2 with a message on stderr when the
// input or the package is unusable, so the .NET caller can never mistake a broken setup for a clean card.
//
// Three sources of errors are combined:
//  1. parse events the SerializationContext logs (unknown element types, invalid enum values, ...);
//  2. card.validateProperties() events (missing/duplicate input ids, required properties, ...);
//  3. a round trip: the parser silently ignores values it cannot use (a numeric "verb", a misspelt property,
//     a property newer than 1.5), so the card is re-serialized with defaults written out and every input
//     property the parser did not keep is reported. Without this step those mistakes would pass unnoticed.
//
// Only parsing is used: the library's renderer needs a DOM, its object model does not, so no shim is needed.
// The UMD bundle in dist/ is loaded because lib/ is ESM with extensionless imports that node cannot resolve.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

function fail(message) {
    process.stderr.write(`validate-cards: ${message}\n`);
    process.exit(2);
}

let AC;
try {
    AC = require('adaptivecards/dist/adaptivecards.min.js');
} catch (e) {
    fail(`cannot load the adaptivecards npm package (run "npm ci" in tests/tools): ${e.message}`);
}

// Teams renders Adaptive Cards up to 1.5; target exactly that version.
const TARGET = AC.Versions.v1_5;

// Top-level properties that are host extensions rather than schema properties. Teams reads "msteams"
// (e.g. { "width": "Full" }); the parser does not know it and drops it on re-serialization.
const HOST_EXTENSIONS_AT_ROOT = new Set(['msteams']);

// A context that writes properties even when they equal their default, so the round trip below can tell
// "dropped because it is the default" (fine) from "dropped because it was not understood" (an error).
class ExplicitDefaultsContext extends AC.SerializationContext {
    serializeString(target, name, value) { super.serializeString(target, name, value, undefined); }
    serializeBool(target, name, value) { super.serializeBool(target, name, value, undefined); }
    serializeNumber(target, name, value) { super.serializeNumber(target, name, value, undefined); }
    serializeEnum(enumType, target, name, value) { super.serializeEnum(enumType, target, name, value, undefined); }
    serializeValue(target, name, value) { super.serializeValue(target, name, value, undefined, false); }
}

function describeEvent(e) {
    const kind = AC.ValidationEvent[e.event] ?? `event ${e.event}`;
    const source = e.source && typeof e.source.getJsonTypeName === 'function' ? ` [${e.source.getJsonTypeName()}]` : '';
    return `${kind}${source}: ${e.message}`;
}

function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function sameType(sent, kept) {
    const a = isPlainObject(sent) ? sent.type : undefined;
    const b = isPlainObject(kept) ? kept.type : undefined;
    return typeof a !== 'string' || typeof b !== 'string' || a.toLowerCase() === b.toLowerCase();
}

function describeEntry(item) {
    return isPlainObject(item) && typeof item.type === 'string' ? `type "${item.type}"` : JSON.stringify(item);
}

// Walks what was sent next to what the parser kept and reports every sent value that did not survive.
function compare(sent, kept, path, errors) {
    if (Array.isArray(sent)) {
        if (!Array.isArray(kept)) {
            if (sent.length > 0) errors.push(`RoundTrip: ${path} was not understood by the parser`);
            return;
        }
        // The parser drops entries it cannot use (an unknown element type); line the rest up by "type" so a
        // dropped entry does not hide mistakes in the entries after it.
        let k = 0;
        sent.forEach((item, i) => {
            const itemPath = `${path}[${i}]`;
            if (k < kept.length && sameType(item, kept[k])) {
                compare(item, kept[k++], itemPath, errors);
            } else {
                errors.push(`RoundTrip: ${itemPath} (${describeEntry(item)}) was dropped by the parser`);
            }
        });
        return;
    }
    if (isPlainObject(sent)) {
        // The parser writes a toggle target without "isVisible" back as its bare element id.
        if (typeof kept === 'string' && sent.elementId === kept && sent.isVisible === undefined && Object.keys(sent).length === 1) {
            return;
        }
        if (!isPlainObject(kept)) {
            errors.push(`RoundTrip: ${path} was not understood by the parser`);
            return;
        }
        for (const [key, value] of Object.entries(sent)) {
            if (path === '$' && HOST_EXTENSIONS_AT_ROOT.has(key)) continue;
            const childPath = `${path}.${key}`;
            if (!(key in kept)) {
                // The parser omits empty arrays; an empty list means the same as none.
                if (Array.isArray(value) && value.length === 0) continue;
                errors.push(`RoundTrip: ${childPath} (${JSON.stringify(value)}) was ignored by the parser: unknown property or invalid value`);
                continue;
            }
            compare(value, kept[key], childPath, errors);
        }
        return;
    }
    if (typeof sent === 'string' && typeof kept === 'string') {
        // Enum values are case-insensitive in the schema; the parser normalises their casing.
        if (sent.toLowerCase() !== kept.toLowerCase()) {
            errors.push(`RoundTrip: ${path} was "${sent}" but the parser read "${kept}"`);
        }
        return;
    }
    if (sent !== kept) {
        errors.push(`RoundTrip: ${path} was ${JSON.stringify(sent)} but the parser read ${JSON.stringify(kept)}`);
    }
}

function validate(json) {
    const errors = [];
    if (!isPlainObject(json)) {
        return ['Input: a card must be a JSON object'];
    }
    if (json.type !== 'AdaptiveCard') {
        errors.push(`Input: "type" must be "AdaptiveCard" but was ${JSON.stringify(json.type)}`);
    }
    const version = AC.Version.parse(json.version, new AC.SerializationContext(TARGET));
    if (!version || !version.isValid) {
        errors.push(`Input: a top-level card needs a "version" string such as "1.5", got ${JSON.stringify(json.version)}`);
    } else if (version.compareTo(TARGET) > 0) {
        errors.push(`Input: version ${json.version} is newer than 1.5, the highest version Teams renders`);
    }

    const card = new AC.AdaptiveCard();
    const parseContext = new AC.SerializationContext(TARGET);
    card.parse(json, parseContext);
    for (let i = 0; i < parseContext.eventCount; i++) {
        errors.push(describeEvent(parseContext.getEventAt(i)));
    }
    for (const e of card.validateProperties().validationEvents) {
        errors.push(describeEvent(e));
    }

    // Through JSON text, so the comparison sees exactly what a client would (no undefined-valued keys).
    const kept = JSON.parse(JSON.stringify(card.toJSON(new ExplicitDefaultsContext(TARGET))));
    compare(json, kept, '$', errors);
    return errors;
}

let input;
try {
    input = JSON.parse(readFileSync(0, 'utf8'));
} catch (e) {
    fail(`stdin is not valid JSON: ${e.message}`);
}
if (!Array.isArray(input)) {
    fail('stdin must be a JSON array of cards');
}

const results = input.map((card, index) => {
    try {
        return { index, errors: validate(card) };
    } catch (e) {
        return { index, errors: [`Exception: the parser threw ${e && e.stack ? e.stack : e}`] };
    }
});
process.stdout.write(JSON.stringify(results));
