// Map tiles for the Lighthouse bench (scripts/bench/lighthouse.ts). The built site asks the tile
// server named in site.json (`map.tiles`, OpenStreetMap by default) for its tiles; on a machine
// without internet those requests fail and the map page's console fills with errors, which costs it
// best practices. The bench measures the site as deployed, so the build is left as it is (the same
// HTML, the same Content-Security-Policy): instead the browser the bench drives resolves the tile
// hosts to this local HTTPS server (Chromium's --host-resolver-rules), which answers every tile with
// one plain 256-pixel PNG (512 pixels for an "@2x" tile), as a tile server would (with CORS, as
// OpenStreetMap's do). Its certificate
// is made on the spot (openssl) and accepted by that browser only (--ignore-certificate-errors).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { readSiteFile, realContentRoot } from '../../src/lib/content/read.ts';
import { contentDir } from '../../src/lib/env.ts';
import { parseTileTemplate } from '../../src/lib/tiles.ts';
import { siteSchema } from '../../src/schemas/site.ts';

/** A tile in the colour of OpenStreetMap's land: 256 pixels, or 512 for a double-size tile. */
function tile(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([242, 239, 233, 255], i);
  return PNG.sync.write(png);
}

/** The host names (with port, when the template names one) the site's tiles come from. */
export function tileHosts(root: string): string[] {
  const site = siteSchema.parse(readSiteFile(realContentRoot(contentDir(root)), [])?.data);
  const parsed = parseTileTemplate(site.map.tiles);
  if ('problem' in parsed) throw new Error(`site.json: map.tiles: ${parsed.problem}`);
  return parsed.origins.map((origin) => new URL(origin).host);
}

export interface TileStub {
  /** Chromium flags that send the tile hosts' requests to the stub and accept its certificate. */
  chromeFlags: string[];
  close: () => void;
}

/** Starts the stub on 127.0.0.1:port for the site's tile hosts. */
export async function startTileStub(root: string, port: number): Promise<TileStub> {
  const hosts = tileHosts(root);
  const dir = mkdtempSync(join(tmpdir(), 'tile-stub-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=tile-stub',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    // A template with {r} asks for double-size tiles on sharp screens ("…@2x.png"): 512 pixels.
    const tiles = { normal: tile(256), double: tile(512) };
    const server: Server = createServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (request, response) => {
        const body = request.url?.includes('@2x') ? tiles.double : tiles.normal;
        response
          .writeHead(200, {
            'content-type': 'image/png',
            'content-length': body.length,
            'access-control-allow-origin': '*',
            'cache-control': 'public, max-age=86400',
          })
          .end(body);
      },
    );
    await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
    const rules = hosts.map((host) => `MAP ${host.replace(/:\d+$/, '')} 127.0.0.1:${port}`).join(', ');
    return {
      chromeFlags: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
      close: () => server.close(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
