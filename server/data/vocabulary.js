// Word lists the event generator draws from. All names are invented or public-domain works; any
// resemblance to a real band or company is accidental.

/** Opening words of band names. */
export const BAND_FIRST = ['Les Ombres', 'Orchestre', 'Quatuor', 'Trio', 'Les Frères', 'Fanfare', 'Ensemble', 'Collectif', 'Les Nuits', 'Duo'];
/** Closing words of band names. */
export const BAND_LAST = ['du Nord', 'Boréal', 'Bleu Nuit', 'des Marais', 'Solaire', 'de Picardie', 'Rouge Vif', 'des Hortillons', 'Zéphyr', 'Cassiopée', 'Mistral', 'des Grands Lacs'];
/** First names of performers. */
export const FIRST_NAMES = ['Camille', 'Louise', 'Jeanne', 'Inès', 'Léa', 'Manon', 'Zoé', 'Chloé', 'Hugo', 'Louis', 'Gabriel', 'Arthur', 'Jules', 'Nathan', 'Malik', 'Yanis', 'Élise', 'Margaux', 'Antoine', 'Théo'];
/** Family names of performers. */
export const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Garnier', 'Faure', 'Rousseau', 'Blanchard', 'Mercier', 'Caron', 'Lemaire', 'Perrin', 'Benali', 'Nguyen', 'Delcourt', 'Vasseur'];
/** Musical styles, for concert titles and descriptions. */
export const MUSIC_STYLES = ['jazz manouche', 'musique baroque', 'chanson française', 'rock', 'électro', 'musique de chambre', 'blues', 'folk', 'hip-hop', 'musiques du monde', 'piano solo', 'chœur et orgue'];
/** Plays in the public domain, for theatre titles. */
export const PLAYS = ['Le Misanthrope', "L'Avare", 'Les Fourberies de Scapin', 'Le Malade imaginaire', 'Cyrano de Bergerac', 'Le Cid', 'Phèdre', 'On ne badine pas avec l’amour', 'Le Jeu de l’amour et du hasard', 'Ruy Blas', 'Le Mariage de Figaro', 'Tartuffe', 'La Cerisaie', 'Un chapeau de paille d’Italie'];
/** Invented contemporary play titles. */
export const NEW_PLAYS = ['Les Jours de pluie', 'Ce qui reste de nous', 'La Maison d’à côté', 'Tempête sur le palier', 'Les Invisibles', 'Dernier Métro pour Amiens', 'Le Bal des voisins', 'Nos années lumière'];
/** Festival themes. */
export const FESTIVAL_THEMES = ['des Arts de la rue', 'Jazz en ville', 'des Contes', 'Rock en Picardie', 'du Film court', 'des Musiques actuelles', 'Lire en fête', 'de la Marionnette', 'Cirque et Fanfares'];
/** Tales and shows for children. */
export const KIDS_SHOWS = ['Le Petit Chaperon rouge', 'Pierre et le Loup', 'La Petite Sirène', 'Boucle d’or et les trois ours', 'Le Chat botté', 'Les Musiciens de Brême', 'Alice au pays des merveilles', 'Le Vilain Petit Canard'];
/** Dance pieces. */
export const DANCE_PIECES = ['Sacre', 'Lignes de fuite', 'Corps célestes', 'Boléro', 'Marée haute', 'Les Quatre Saisons dansées', 'Hip-hop Battle', 'Tango pour deux'];
/** Circus, magic and comedy shows. */
export const STAGE_SHOWS = ['Cirque en scène', 'Magie nouvelle', 'Seul en scène', 'Soirée d’improvisation', 'Les Acrobates du vent', 'Ventriloque et compagnie', 'Cabaret burlesque', 'Jonglages'];
/** Exhibition subjects. */
export const EXHIBITIONS = ['Impressions de Somme', 'Photographies de rivage', 'Les Peintres du dimanche', 'Céramiques contemporaines', 'Un siècle d’affiches', 'Gravures et estampes', 'Regards sur la ville', 'Sculptures de lumière', 'Carnets de voyage'];
/** Venue types, each with the categories it usually hosts. */
export const VENUE_TYPES = /** @type {const} */ ([
  ['Théâtre municipal', ['theatre', 'danse', 'jeune-public', 'arts-du-spectacle', 'concert']],
  ['Salle des fêtes', ['concert', 'arts-du-spectacle', 'jeune-public', 'festival', 'theatre']],
  ['Espace culturel', ['concert', 'theatre', 'danse', 'jeune-public', 'exposition']],
  ['Médiathèque', ['exposition', 'jeune-public', 'concert']],
  ['Église Saint-Martin', ['concert']],
  ['Galerie', ['exposition']],
  ['Parc municipal', ['festival', 'concert', 'arts-du-spectacle']],
  ['Salle de concert', ['concert', 'festival']],
  ['Chapiteau', ['arts-du-spectacle', 'jeune-public', 'festival']],
  ['Maison de la culture', ['theatre', 'danse', 'concert', 'exposition', 'arts-du-spectacle', 'jeune-public']],
]);
/** Names given to venues ("Espace culturel Jacques-Prévert"). */
export const VENUE_NAMES = ['Jacques-Prévert', 'Victor-Hugo', 'George-Sand', 'Jules-Verne', 'Colette', 'Boris-Vian', 'Simone-Veil', 'Louise-Michel', 'Molière', 'Jean-Moulin', 'Marie-Curie', 'Camille-Claudel'];
/** Streets for venue addresses. */
export const STREETS = ['rue Victor-Hugo', 'place de la République', 'boulevard Jean-Jaurès', 'avenue du Général-de-Gaulle', 'rue Pasteur', 'rue de la Gare', 'place de l’Hôtel-de-Ville', 'rue des Écoles', 'quai du Canal', 'rue Gambetta', 'allée des Tilleuls', 'rue de la Paix'];
/** Organiser patterns; `{of}` becomes "de <town>" with elision, `{venue}` the venue's name. */
export const ORGANISERS = ['Ville {of}', 'Association Culture et Loisirs {of}', '{venue}', 'Comité des fêtes {of}', 'Office de tourisme {of}', 'Les Amis de la musique'];
/** Phone prefixes by region code (01 Île-de-France, 02 north-west, 03 north-east, 04 south-east, 05 south-west). */
export const PHONE_PREFIX = /** @type {Record<string, string>} */ ({
  11: '01', 24: '02', 28: '02', 52: '02', 53: '02', 27: '03', 32: '03', 44: '03', 84: '04', 93: '04', 94: '04', 75: '05', 76: '05',
});
