/**
 * The PDOK background map as every map of the site has it: Leaflet, loaded only when a map is shown
 * (its own chunk, never in the site's first load), with tiles through the API so the CSP stays
 * 'self', zoom buttons with Dutch or English titles, and the attribution as text. `failed` is called
 * once, when the first tile does not load: the page then says the map is not available, and what it
 * offers besides the map (a list, an address field) does the work.
 */
import type { Map as LeafletMap } from 'leaflet';
import './map.css';

export type Leaflet = typeof import('leaflet');

export interface BaseMapText {
  zoomIn: string;
  zoomOut: string;
  attribution: string;
}

export const MIN_ZOOM = 6;
export const MAX_ZOOM = 19;

export async function baseMap(
  element: HTMLElement,
  text: BaseMapText,
  failed: () => void,
): Promise<{ L: Leaflet; map: LeafletMap }> {
  const [{ default: L }] = await Promise.all([import('leaflet'), import('leaflet/dist/leaflet.css')]);
  const map = L.map(element, {
    zoomControl: false,
    attributionControl: false,
    keyboard: false,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
  });
  L.control.zoom({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map);
  L.control.attribution({ prefix: 'Leaflet' }).addAttribution(text.attribution).addTo(map);
  let warned = false;
  L.tileLayer('/api/v1/map-tiles/{z}/{x}/{y}', { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, tileSize: 256 })
    .on('tileerror', () => {
      if (!warned) {
        warned = true;
        failed();
      }
    })
    .addTo(map);
  return { L, map };
}
