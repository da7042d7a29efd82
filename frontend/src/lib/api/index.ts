/** The API, as the site uses it. Import from `$lib/api`, not from the files in this folder. */
export { api, apiFor, API_BASE_URL, createApiClient, unwrap, type ApiClient } from './client';
export {
  ApiError,
  networkProblem,
  toProblem,
  NETWORK_CODE,
  type InvalidParam,
  type Problem,
} from './problem';
export {
  fieldMessages,
  messagesByField,
  problemMessage,
  type FieldMessage,
  type FieldSpec,
} from './messages';
export {
  getMunicipality,
  listMunicipalities,
  type BaseTheme,
  type ListMunicipalitiesQuery,
  type MunicipalityList,
  type MunicipalityRead,
  type MunicipalityTheme,
} from './municipalities';
