// Writes the two Teams app icons next to this script: color.png (192x192, white "@" on the accent colour)
// and outline.png (32x32, white "@" on transparent). Plain node, no npm packages, deterministic output.
// Run: node manifest/generate-icons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

// Keep in sync with accentColor in manifest.json: Teams shows the icon on this colour.
const accent = [0x25, 0x63, 0xeb];
const white = [0xff, 0xff, 0xff];

// The "@" as rings and bars in a unit box centred on (0, 0), coordinates in [-0.5, 0.5], y pointing down.
const stroke = 0.1;
const outerRadius = 0.5 - stroke / 2;
const innerRadius = 0.19;
const stemX = innerRadius;
const tailCentreX = (stemX + outerRadius) / 2;
const tailRadius = (outerRadius - stemX) / 2;
// The outer ring opens between "3 o'clock" and about "4:30", where the tail of the "a" curls into it.
const gapFrom = 0;
const gapTo = Math.PI / 4;

function onRing(x, y, cx, cy, radius) {
    const distance = Math.hypot(x - cx, y - cy);
    return Math.abs(distance - radius) <= stroke / 2;
}

function insideGlyph(x, y) {
    const angle = Math.atan2(y, x);
    if (onRing(x, y, 0, 0, outerRadius) && !(angle > gapFrom && angle < gapTo)) return true;
    if (onRing(x, y, 0, 0, innerRadius)) return true;
    // Stem of the "a": from the top of the inner ring down to the centre line, on the ring's right edge.
    if (Math.abs(x - stemX) <= stroke / 2 && y >= -innerRadius - stroke / 2 && y <= 0) return true;
    // Tail: lower half ring joining the stem's foot to the outer ring's end at 3 o'clock.
    if (y >= 0 && onRing(x, y, tailCentreX, 0, tailRadius)) return true;
    return false;
}

// Fraction of a pixel covered by the glyph, from a 4x4 grid of samples, so edges are smooth.
function coverage(px, py, size, glyphSize) {
    const samples = 4;
    let hits = 0;
    for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
            const x = (px + (sx + 0.5) / samples - size / 2) / glyphSize;
            const y = (py + (sy + 0.5) / samples - size / 2) / glyphSize;
            if (insideGlyph(x, y)) hits++;
        }
    }
    return hits / (samples * samples);
}

function render(size, glyphSize, background) {
    const rgba = Buffer.alloc(size * size * 4);
    for (let py = 0; py < size; py++) {
        for (let px = 0; px < size; px++) {
            const c = coverage(px, py, size, glyphSize);
            const offset = (py * size + px) * 4;
            if (background) {
                for (let i = 0; i < 3; i++) rgba[offset + i] = Math.round(background[i] * (1 - c) + white[i] * c);
                rgba[offset + 3] = 255;
            } else {
                // Outline icons must be white only: partial coverage becomes partial alpha, never grey.
                rgba[offset] = rgba[offset + 1] = rgba[offset + 2] = c > 0 ? 255 : 0;
                rgba[offset + 3] = Math.round(c * 255);
            }
        }
    }
    return rgba;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});

function crc32(bytes) {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typeAndData));
    return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(size, 0);
    header.writeUInt32BE(size, 4);
    header[8] = 8; // bits per channel
    header[9] = 6; // colour type RGBA
    // bytes 10..12: deflate compression, adaptive filtering, no interlace
    const rowLength = size * 4;
    const raw = Buffer.alloc((rowLength + 1) * size);
    for (let y = 0; y < size; y++) {
        raw[y * (rowLength + 1)] = 0; // filter "none" keeps the encoder trivial; the files stay tiny anyway
        rgba.copy(raw, y * (rowLength + 1) + 1, y * rowLength, (y + 1) * rowLength);
    }
    return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk("IHDR", header),
        chunk("IDAT", deflateSync(raw, { level: 9 })),
        chunk("IEND", Buffer.alloc(0)),
    ]);
}

// Colour icon: the symbol stays well inside the 192 px square so Teams' rounded mask never clips it.
writeFileSync(join(here, "color.png"), encodePng(192, render(192, 120, accent)));
// Outline icon: Teams draws it at 32 px in the app bar, so the glyph uses nearly the whole square.
writeFileSync(join(here, "outline.png"), encodePng(32, render(32, 30, null)));
console.log(`wrote ${join(here, "color.png")} and ${join(here, "outline.png")}`);
