'use strict';
// What AgID's checker for municipal sites reads, as data: the expected strings of
// pa-website-validator-ng v1.1.38 (github.com/italia/pa-website-validator-ng, tag v1.1.38):
//   src/storage/municipality/menuItems.ts            MENU, SECOND_LEVEL
//   src/storage/municipality/feedbackComponentStructure.ts   FEEDBACK
//   src/storage/municipality/contentTypeItems.ts     SERVICE_INDEX, SERVICE_SECTIONS, SERVICE_ACCESS
//   src/audits/municipality_service/index.ts         SERVICE_HEADER
//   src/audits/municipality_vocabulary/controlledVocabulary.ts (municipalityModelVocabulary)  TOPICS
//   src/audits/municipality_metatag/index.ts (metatadaJSONStructure's required fields)  METATAG_REQUIRED
//   src/audits/municipality_faq, municipality_inefficiency_report_audit, accessibility (index.ts),
//   license/legalNotes.ts: the footer hooks, the texts and targets they accept  FOOTER
// Only the values are copied here, never the checker's code; tests/integration/modello_hooks.test.js
// sweeps every page type with them.

// First-level menu, in this order: [data-element, the checker's regExp for the label].
const MENU = [
	['management', /^Amministrazione$/i],
	['news', /^Novità$/i],
	['all-services', /^Servizi$/i],
	['live', /^Vivere /i],
];

// Second-level titles: the first-level page, the hook of its links, the accepted titles (lower case).
const SECOND_LEVEL = [
	{ page: '/amministrazione', hook: 'management-category-link', dictionary: [
		'aree amministrative', 'documenti e dati', 'enti e fondazioni', 'organi di governo',
		'personale amministrativo', 'politici', 'uffici'] },
	{ page: '/novita', hook: 'news-category-link', dictionary: ['avvisi', 'comunicati', 'notizie'] },
	{ page: '/servizi', hook: 'service-category-link', dictionary: [
		'educazione e formazione', 'salute, benessere e assistenza', 'vita lavorativa',
		'mobilità e trasporti', 'catasto e urbanistica', 'anagrafe e stato civile', 'turismo',
		'giustizia e sicurezza pubblica', 'tributi, finanze e contravvenzioni', 'cultura e tempo libero',
		'ambiente', 'imprese e commercio', 'autorizzazioni', 'appalti pubblici', 'agricoltura e pesca',
		'agricoltura, caccia e pesca'] },
	// "don't change the order": locations, then events
	{ page: '/vivere-il-comune', hooks: ['live-button-locations', 'live-button-events'], dictionary: ['luoghi', 'eventi'] },
];

// The rating component (C.SI.2.5, 2.6).
const FEEDBACK = {
	component: 'feedback',
	title: ['feedback-title', 'Quanto sono chiare le informazioni su questa pagina?'],
	rate: ['feedback-rate-', 5],
	positive: ['feedback-rating-positive', 'Quali sono stati gli aspetti che hai preferito?', [
		'Le indicazioni erano chiare', 'Le indicazioni erano complete',
		'Capivo sempre che stavo procedendo correttamente', 'Non ho avuto problemi tecnici', 'Altro']],
	negative: ['feedback-rating-negative', 'Dove hai incontrato le maggiori difficoltà?', [
		'A volte le indicazioni non erano chiare', 'A volte le indicazioni non erano complete',
		'A volte non capivo se stavo procedendo correttamente', 'Ho avuto problemi tecnici', 'Altro']],
	question: 'feedback-rating-question',
	answer: 'feedback-rating-answer',
	input: 'feedback-input-text',
};

// Footer hooks (looked for inside <footer>): the link text the checker accepts, and the target
// where it requires one (municipality_faq, municipality_inefficiency_report_audit: exact labels,
// lower case; accessibility/index.ts: an AgID form URL; the others only need the link).
const FOOTER = {
	faq: { text: /faq|domande frequenti/i },
	'report-inefficiency': { text: /^(disservizio|segnala disservizio|segnalazione disservizio)$/i },
	'accessibility-link': { text: /\S/, href: /^https:\/\/form\.agid\.gov\.it\// },
	'privacy-policy-link': { text: /\S/ },
	'legal-notes': { text: /\S/ },
	contacts: { text: /\S/ },
};
// src/audits/license/legalNotes.ts: the title of the licence section of the legal notes.
const LEGAL_NOTES_SECTION = 'licenza dei contenuti';

// Service pages: the page index's mandatory entries, in this order, and the sections' hooks.
const SERVICE_INDEX = ['A chi è rivolto', 'Come fare', 'Cosa serve', 'Cosa si ottiene', 'Tempi e scadenze',
	'Accedi al servizio', 'Condizioni di servizio', 'Contatti'];
const SERVICE_SECTIONS = ['service-addressed', 'service-how-to', 'service-needed', 'service-achieved',
	'service-calendar-text', 'service-file', 'service-area'];
const SERVICE_ACCESS = ['service-generic-access', 'service-booking-access', 'service-online-access'];
const SERVICE_HEADER = ['service-title', 'service-description', 'service-status', 'service-topic', 'breadcrumb'];

// R.SI.1.1: the JSON-LD's required fields, as paths (every one a non-empty string).
const METATAG_REQUIRED = ['name', 'serviceType', 'serviceOperator.name', 'areaServed.name',
	'audience.audienceType', 'availableChannel.serviceUrl', 'availableChannel.serviceLocation.name',
	'availableChannel.serviceLocation.address.streetAddress',
	'availableChannel.serviceLocation.address.postalCode',
	'availableChannel.serviceLocation.address.addressLocality'];

// C.SI.1.5: the Modello Comuni's topics ("Tassonomia argomenti"; score 1 only when all are in it).
const TOPICS = [
	"Accesso all'informazione", 'Acqua', 'Agricoltura', 'Anagrafe', 'Animale domestico', 'Aria',
	'Assistenza agli invalidi', 'Assistenza sociale', 'Associazioni', 'Bilancio',
	'Commercio al minuto', "Commercio all'ingrosso", 'Commercio ambulante',
	'Comunicazione istituzionale', 'Comunicazione politica', 'Concorsi', 'Covid-19', 'Elezioni',
	'Energie rinnovabili', 'Estero', 'Foreste', 'Formazione professionale', 'Gemellaggi',
	'Gestione rifiuti', 'Giustizia', 'Igiene pubblica', 'Immigrazione', 'Imposte', 'Imprese',
	'Inquinamento', 'Integrazione sociale', 'Isolamento termico', 'Istruzione', 'Lavoro',
	'Matrimonio', 'Mercato', 'Mobilità sostenibile', 'Morte', 'Nascita', 'Parcheggi',
	'Patrimonio culturale', 'Pesca', 'Piano di sviluppo', 'Pista ciclabile', 'PNRR',
	'Politica commerciale', 'Polizia', 'Prodotti alimentari', 'Protezione civile', 'Residenza',
	'Risposta alle emergenze', 'Sistema giuridico', 'Spazio Verde', 'Sport', 'Sviluppo sostenibile',
	'Tassa sui servizi', 'Tempo libero', 'Trasparenza amministrativa', 'Trasporto pubblico',
	'Turismo', 'Urbanizzazione', 'Viaggi', 'Zone pedonali', 'ZTL',
];

module.exports = {
	MENU, SECOND_LEVEL, FEEDBACK, FOOTER, LEGAL_NOTES_SECTION, SERVICE_INDEX, SERVICE_SECTIONS,
	SERVICE_ACCESS, SERVICE_HEADER, METATAG_REQUIRED, TOPICS,
};
