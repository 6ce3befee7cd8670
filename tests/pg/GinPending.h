// SPDX-License-Identifier: MIT
#pragma once

#include <pqxx/connection>
#include <pqxx/nontransaction>

#include <string>

namespace ne::test {

/// Entries waiting in the pending lists of the GIN indexes of table and of its <table>_text
/// side table (needs pgstattuple), read on
/// a connection of its own so that it also works right after the server restarted.
inline long long ginPendingEntries(const std::string &conninfo, const std::string &table)
{
    pqxx::connection c(conninfo);
    pqxx::nontransaction tx(c);
    return tx
        .exec_params1("SELECT coalesce(sum((pgstatginindex(i.indexrelid)).pending_tuples), 0) "
                      "FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid "
                      "JOIN pg_am a ON a.oid = x.relam "
                      "WHERE i.indrelid IN ($1::regclass, to_regclass($1 || '_text')) "
                      "AND a.amname = 'gin'",
                      table)[0]
        .as<long long>();
}

} // namespace ne::test
