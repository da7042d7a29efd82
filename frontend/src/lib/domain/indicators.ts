/** The kinds of indicator and the directions they aim in, as the contract lists them. */
import { Direction, IndicatorKind } from '$lib/api';
import { valuesOf } from './enums';

export const INDICATOR_KINDS = valuesOf(IndicatorKind);
export const INDICATOR_DIRECTIONS = valuesOf(Direction);
