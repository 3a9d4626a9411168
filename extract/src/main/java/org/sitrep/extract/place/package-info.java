/** Where events happen: resolving place names to coordinates, behind {@link org.sitrep.extract.place.PlaceResolver}. */
package org.sitrep.extract.place;
