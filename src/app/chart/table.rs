//! A chart's numbers as a table: the view a reader can switch to, and what
//! the build's first view shows under each chart without scripts.

use super::super::sources::{sources_of, SourceLine};
use crate::chart::Chart;
use crate::data::Dataset;
use crate::i18n::{strings, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// The chart's numbers as a table, each with its sources.
#[component]
pub(super) fn ChartTable(
    chart: Chart,
    dataset: Arc<Dataset>,
    lang: Lang,
    /// The trend of the time series it holds, in words (`chart::trend`);
    /// empty where it holds none (an empty list names no element, and an
    /// optional attribute costs the wasm more).
    described_by: String,
) -> impl IntoView {
    let s = strings(lang);
    let rows = chart
        .panels
        .iter()
        .map(|panel| {
            let rows = panel
                .rows()
                .into_iter()
                .map(|m| {
                    let sources = sources_of(&dataset, &m.sources, lang);
                    view! {
                        <tr data-mark=m.id>
                            <th scope="row">{m.category}</th>
                            <td class="num">{m.display}</td>
                            <td><SourceLine sources lang /></td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <tbody>
                    {(!panel.title.is_empty()).then(|| view! {
                        <tr>
                            <th scope="rowgroup" colspan="3" class="table-group">
                                <span class="table-group-name">{panel.title.clone()}</span>
                            </th>
                        </tr>
                    })}
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="chart-table" aria-describedby=described_by>
                // The table's name for assistive technology; on screen the
                // chart's title says it right above.
                <caption class="visually-hidden">{chart.title.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{chart.columns.0.clone()}</th>
                        <th scope="col">{chart.columns.1.clone()}</th>
                        <th scope="col">{s.sources}</th>
                    </tr>
                </thead>
                {rows}
            </table>
        </div>
    }
}
