package org.sankofa.directory.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sankofa.directory.Communities;
import org.sankofa.directory.Community;
import org.sankofa.directory.Membership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommunityRepository implements Communities {

    private final JdbcClient jdbc;

    CommunityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Community> all() {
        return jdbc.sql("select code, name, founded_on from community order by code")
                .query((rs, n) -> new Community(rs.getString("code"), rs.getString("name"),
                        rs.getObject("founded_on", LocalDate.class)))
                .list();
    }

    @Override
    public Optional<Community> community(String code) {
        return jdbc.sql("select code, name, founded_on from community where code = ?").param(code)
                .query((rs, n) -> new Community(rs.getString("code"), rs.getString("name"),
                        rs.getObject("founded_on", LocalDate.class)))
                .optional();
    }

    @Override
    public List<Membership> members(String communityCode, LocalDate date) {
        return jdbc.sql("""
                select community_code, country_code, joined_on, left_on, source
                from community_membership
                where community_code = ? and joined_on <= ? and (left_on is null or ? < left_on)
                order by country_code""")
                .params(communityCode, date, date)
                .query((rs, n) -> new Membership(rs.getString("community_code"), rs.getString("country_code"),
                        rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                        rs.getString("source")))
                .list();
    }

    @Override
    public Map<String, Integer> memberCounts(LocalDate date) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select community_code, count(*) as members
                from community_membership
                where joined_on <= ? and (left_on is null or ? < left_on)
                group by community_code""")
                .params(date, date)
                .query(rs -> {
                    counts.put(rs.getString("community_code"), rs.getInt("members"));
                });
        return counts;
    }

    @Override
    public List<Membership> memberships(String countryCode) {
        return jdbc.sql("""
                select community_code, country_code, joined_on, left_on, source
                from community_membership where country_code = ? order by community_code, joined_on""")
                .param(countryCode)
                .query((rs, n) -> new Membership(rs.getString("community_code"), rs.getString("country_code"),
                        rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                        rs.getString("source")))
                .list();
    }
}
