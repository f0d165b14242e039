//! The columns the import reads, table by table. They are the ones
//! `export::tables` writes; a test holds the two to the same names, so a
//! column added on one side cannot be forgotten on the other.

/// The tables in the order the import needs them, with their columns.
pub static TABLES: [(&str, &[&str]); 12] = [
    ("dataset", DATASET),
    ("sources", SOURCES),
    ("partnership", PARTNERSHIP),
    ("parties", PARTIES),
    ("partnership_lists", PARTNERSHIP_LISTS),
    ("services", SERVICES),
    ("activities", ACTIVITIES),
    ("figures", FIGURES),
    ("series", SERIES),
    ("timeline", TIMELINE),
    ("views", VIEWS),
    ("view_notes", VIEW_NOTES),
];

pub const DATASET: &[&str] = &[
    "id",
    "schema_version",
    "title_sv",
    "title_en",
    "description_sv",
    "description_en",
    "updated",
    "licence_id",
    "licence_name_sv",
    "licence_name_en",
    "licence_url",
    "disclosure_rule_sv",
    "disclosure_rule_en",
    "publisher_name_sv",
    "publisher_name_en",
    "publisher_url",
    "contact_name_sv",
    "contact_name_en",
    "contact_email",
    "contact_url",
    "keywords_sv",
    "keywords_en",
    "themes",
    "place_sv",
    "place_en",
];

pub const SOURCES: &[&str] = &[
    "id",
    "title",
    "publisher",
    "short_name",
    "date",
    "date_note_sv",
    "date_note_en",
    "url",
];

pub const PARTNERSHIP: &[&str] = &[
    "name_sv",
    "name_en",
    "short_name_sv",
    "short_name_en",
    "start",
    "planned_end",
    "actual_end",
    "actual_end_approximate",
    "period_note_sv",
    "period_note_en",
    "period_sources",
    "age_min",
    "age_max",
    "age_sources",
];

pub const PARTIES: &[&str] = &[
    "id",
    "name_sv",
    "name_en",
    "kind",
    "joined",
    "uncertain",
    "caveat_sv",
    "caveat_en",
    "sources",
];

pub const PARTNERSHIP_LISTS: &[&str] = &[
    "list",
    "id",
    "label_sv",
    "label_en",
    "description_sv",
    "description_en",
    "sources",
];

pub const SERVICES: &[&str] = &["id", "label_sv", "label_en", "sources"];

pub const ACTIVITIES: &[&str] = &[
    "service_id",
    "party",
    "description_sv",
    "description_en",
    "date",
    "sources",
];

pub const FIGURES: &[&str] = &[
    "figure_id",
    "reading",
    "topic",
    "label_sv",
    "label_en",
    "unit",
    "date",
    "value",
    "suppressed",
    "qualifier",
    "uncertain",
    "headline",
    "sources",
    "note_sv",
    "note_en",
    "caveat_sv",
    "caveat_en",
];

pub const SERIES: &[&str] = &[
    "series_id",
    "topic",
    "label_sv",
    "label_en",
    "unit",
    "caveat_sv",
    "caveat_en",
    "period",
    "value",
    "suppressed",
    "gap",
    "uncertain",
    "sources",
    "note_sv",
    "note_en",
];

pub const TIMELINE: &[&str] = &[
    "id",
    "date",
    "approximate",
    "label_sv",
    "label_en",
    "sources",
];

pub const VIEWS: &[&str] = &[
    "view_id",
    "title_sv",
    "title_en",
    "subtitle_sv",
    "subtitle_en",
    "takeaway_template_sv",
    "takeaway_template_en",
    "takeaway_sv",
    "takeaway_en",
    "panel",
    "panel_kind",
    "panel_title_sv",
    "panel_title_en",
    "mark",
    "record_type",
    "record_id",
    "style",
    "mark_label_sv",
    "mark_label_en",
];

pub const VIEW_NOTES: &[&str] = &["view_id", "note", "note_sv", "note_en"];
