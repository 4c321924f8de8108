// The provider's error codes, with their French wording copied from the documentation, and the HTTP
// status this server pairs with each (the documentation gives none: see docs/reference-server.md).

/**
 * A documented error code.
 * @typedef {'Ax001'|'Ax002'|'Ax003'|'Ax004'|'Ax005'|'Ax006'|'Ax007'|'Ax008'|'Ax009'|'Ax010'|'Ax011'|'Ax012'|'Ax013'|'Ax014'|'Ax015'|'Ax016'|'Ax017'|'Ax018'|'Ax019'} ErrorCode
 */

/**
 * Every documented code. Ax008 (Le Mag'), Ax014 (XML home screen) and Ax018 (Le Mag' access) belong to
 * endpoints outside the documented scope, so this server never produces them; they stay listed so the
 * table mirrors the documentation.
 * @type {Readonly<Record<ErrorCode, {status: import('hono/utils/http-status').ContentfulStatusCode, message: string}>>}
 */
export const ERRORS = Object.freeze({
  Ax001: { status: 403, message: "La clé d'API passée dans l'URL est incorrecte" },
  Ax002: { status: 400, message: "Le format de données demandé dans l'URL est inconnu" },
  Ax003: { status: 400, message: "Une ou plusieurs des catégories demandées dans l'URL sont inconnues ou dans un format invalide" },
  Ax004: { status: 404, message: "L'ID de la ville demandé dans l'URL correspond à une ville inconnue ou est dans un format invalide" },
  Ax005: { status: 400, message: 'Le paramètre offset/limit "X,Y" est dans un format invalide' },
  Ax006: { status: 400, message: "L'identifiant de l'événement demandé est dans un format invalide" },
  Ax007: { status: 404, message: "L'événement demandé est introuvable" },
  Ax008: { status: 404, message: "Le billet du Mag' demandé est introuvable" },
  Ax009: { status: 400, message: "Les coordonnées 'latitude,longitude' passées dans l'URL sont incorrectes" },
  Ax010: { status: 400, message: "Le paramètre de rayon de distance passé dans l'URL est incorrect" },
  Ax011: { status: 500, message: 'Une erreur PHP est survenue' },
  Ax012: { status: 400, message: "Un ou plusieurs caractères non autorisés ont été trouvés dans l'URI" },
  Ax013: { status: 400, message: "Un ou plusieurs ID de villes à exclure de la requête sont dans un format incorrect (non numérique)" },
  Ax014: { status: 503, message: "Le chargement du fichier XML pour l'écran d'accueil est impossible" },
  Ax015: { status: 404, message: 'La requête demandée a renvoyé un résultat vide' },
  Ax016: { status: 403, message: "Les restrictions sur la clé d'API utilisée ne permettent pas de charger les informations pour la ville demandée" },
  Ax017: { status: 403, message: "Cette URI n'est accessible que pour les clés d'API restreintes à un rayon GPS donné" },
  Ax018: { status: 403, message: "La clé d'API ne permet pas d'accéder aux contenus de « Agenda Culturel Le Mag' »" },
  Ax019: { status: 403, message: "La clé d'API a été désactivée par Agenda Culturel" },
});

/** A documented API error; thrown anywhere in a handler and turned into the JSON body by the app. */
export class ApiError extends Error {
  /**
   * @param {ErrorCode} code
   * @param {import('hono/utils/http-status').ContentfulStatusCode} [status] overrides the code's usual status
   */
  constructor(code, status) {
    super(ERRORS[code].message);
    this.name = 'ApiError';
    /** The documented `AxNNN` code. */
    this.code = code;
    /** The HTTP status sent with it. */
    this.status = status ?? ERRORS[code].status;
  }
}

/**
 * The JSON body of an error, as agreed in docs/wire-format.md.
 * @param {ApiError} error
 */
export function errorBody(error) {
  return { error: { code: error.code, message: error.message } };
}
