/**
 * Event timelines. {@link org.sitrep.analysis.events.Events} lists the events the knowledge base holds
 * (ACLED-typed, each with document, span and quote, fatalities, modality and participants), filtered by an
 * {@link org.sitrep.analysis.events.EventFilter}: party (any alias), place, period and type.
 */
package org.sitrep.analysis.events;
