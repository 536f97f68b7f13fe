import { useEffect, useRef, useState } from 'preact/hooks';
import type { MapFeatureCollection } from '~/lib/geojson.ts';
import { MAP_POINT_KINDS, type Locale, type MapPointKind } from '~/schemas/enums.ts';
import { createMapController, type MapController } from '~/islands/map/controller.ts';
import { markerSvg } from '~/lib/map-marker.ts';
import { fill } from '~/lib/fill.ts';
import type { MapStrings } from '~/i18n/slices.ts';
import { readMapState, writeMapState } from '~/islands/map/url-state.ts';
import '~/islands/map/map.css';

interface Props {
  locale: Locale;
  strings: MapStrings;
  /** `/data/places.geojson`: fetched, not inlined, so the page stays small with thousands of points. */
  dataUrl: string;
  tiles: string;
  attribution: string;
  center: [number, number];
  zoom: number;
  counts: Record<MapPointKind, number>;
}

/** Keeps the address in step with what the map shows, without adding history entries. */
function syncUrl(update: (state: ReturnType<typeof readMapState>) => void) {
  const state = readMapState(location.search);
  update(state);
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${writeMapState(location.search, state)}${location.hash}`,
  );
}

export default function MapExplorer({ locale, strings: s, dataUrl, tiles, attribution, center, zoom, counts }: Props) {
  const canvas = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [kinds, setKinds] = useState(() => readMapState(location.search).kinds);
  // The layers chosen so far, for a map that finishes loading after the visitor already toggled some.
  const latestKinds = useRef(kinds);
  latestKinds.current = kinds;
  // What the map has to say (tiles that failed, a point that does not exist), each once.
  const [notices, setNotices] = useState<string[]>([]);
  const say = (notice: string) => setNotices((said) => (said.includes(notice) ? said : [...said, notice]));

  // A link to one point keeps the map in view while notices arrive above it, until the visitor moves.
  const keepInView = useRef(false);
  const bringIntoView = () => {
    const element = canvas.current;
    if (!element || !keepInView.current) return;
    const { top, bottom } = element.getBoundingClientRect();
    if (top < 0 || bottom > innerHeight) element.scrollIntoView({ block: 'nearest' });
  };
  useEffect(bringIntoView, [notices]);
  useEffect(() => {
    const letGo = () => (keepInView.current = false);
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const event of events) addEventListener(event, letGo, { once: true, passive: true });
    return () => {
      for (const event of events) removeEventListener(event, letGo);
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    const onListClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-map-point]') : null;
      const id = link?.dataset.mapPoint;
      if (!id || !controller.current) return;
      event.preventDefault();
      canvas.current?.scrollIntoView({ block: 'center' });
      controller.current.openPoint(id, true);
    };
    (async () => {
      try {
        const response = await fetch(dataUrl);
        if (!response.ok) throw new Error(`${response.status} ${dataUrl}`);
        const { features } = (await response.json()) as MapFeatureCollection;
        if (cancelled || !canvas.current) return;
        const start = readMapState(location.search);
        controller.current = await createMapController(canvas.current, {
          locale,
          strings: s,
          tiles,
          attribution,
          center,
          zoom,
          features,
          kinds: start.kinds,
          onTileError: () => say(s.tileError),
          onPointChange: (id) => syncUrl((state) => (state.point = id)),
          onKindsChange: (next) => {
            setKinds(new Set(next));
            syncUrl((state) => (state.kinds = next));
          },
        });
        if (cancelled) return controller.current.destroy();
        controller.current.showKinds(latestKinds.current);
        if (start.point) {
          // A link to one point (a product's sales point, a shared map): the map comes into view with
          // its popup open, or says that there is no such point (issue #16).
          if (controller.current.openPoint(start.point, false)) {
            keepInView.current = true;
            bringIntoView();
          } else {
            say(fill(s.unknownPoint, { id: start.point }));
          }
        }
        // The list's "show on the map" links only make sense once the map works.
        for (const link of document.querySelectorAll<HTMLElement>('[data-map-point]')) link.hidden = false;
        document.addEventListener('click', onListClick);
      } catch {
        if (!cancelled) say(s.loadError);
      }
    })();
    return () => {
      cancelled = true;
      document.removeEventListener('click', onListClick);
      controller.current?.destroy();
      controller.current = null;
    };
    // The map is built once; later changes go through the controller.
  }, []);

  const toggle = (kind: MapPointKind, on: boolean) => {
    const next = new Set(kinds);
    if (on) next.add(kind);
    else next.delete(kind);
    setKinds(next);
    controller.current?.showKinds(next);
    syncUrl((state) => (state.kinds = next));
  };

  return (
    <div className="map-explorer">
      <fieldset className="map-layers">
        <legend className="visually-hidden-phone">{s.layers}</legend>
        {MAP_POINT_KINDS.map((kind) => (
          <label key={kind} className="map-layers__option">
            <input
              type="checkbox"
              checked={kinds.has(kind)}
              onChange={(event) => toggle(kind, event.currentTarget.checked)}
            />
            <span className="map-layers__icon" dangerouslySetInnerHTML={{ __html: markerSvg(kind, 24) }} />
            <span>{fill(s.layerCount, { label: s[`kind.${kind}`], count: counts[kind] })}</span>
          </label>
        ))}
      </fieldset>
      <div className="map-frame">
        <div role="status">
          {notices.map((notice) => (
            <p key={notice} className="map-notice">
              {notice}
            </p>
          ))}
        </div>
        <div ref={canvas} className="map-canvas" role="region" aria-label={s.region} />
      </div>
    </div>
  );
}
