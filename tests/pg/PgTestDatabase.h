// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUuid>

#include <libpq-fe.h>
#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/transaction>

#include <map>
#include <string>

namespace ne::test {

/// A throwaway database on the server scripts/with-services started (NE_TEST_PG_URI):
/// created with a unique name, dropped on destruction.
class PgTestDatabase
{
public:
    /// Empty when NE_TEST_PG_URI is unset; check isValid() and fail the test.
    PgTestDatabase()
    {
        m_adminUri = qEnvironmentVariable("NE_TEST_PG_URI");
        if (m_adminUri.isEmpty())
            return;
        m_name = QStringLiteral("ne_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        pqxx::connection admin(m_adminUri.toStdString());
        pqxx::nontransaction tx(admin);
        tx.exec("CREATE DATABASE " + m_name.toStdString());
    }

    ~PgTestDatabase()
    {
        if (m_name.isEmpty())
            return;
        try {
            pqxx::connection admin(m_adminUri.toStdString());
            pqxx::nontransaction tx(admin);
            tx.exec("DROP DATABASE IF EXISTS " + m_name.toStdString() + " WITH (FORCE)");
        } catch (const std::exception &e) {
            qWarning("could not drop %s: %s", qPrintable(m_name), e.what());
        }
    }

    static QString missingMessage()
    {
        return QStringLiteral("NE_TEST_PG_URI is not set: run the PostgreSQL tests through "
                              "scripts/with-services, e.g. scripts/with-services ctest -L pg");
    }

    bool isValid() const { return !m_name.isEmpty(); }
    const QString &name() const { return m_name; }

    /// The conninfo of this database, with some keywords replaced/added.
    QString conninfo(const std::map<std::string, std::string> &overrides = {}) const
    {
        std::map<std::string, std::string> values = parse(m_adminUri);
        values["dbname"] = m_name.toStdString();
        for (const auto &[k, v] : overrides)
            values[k] = v;
        std::string out;
        for (const auto &[k, v] : values)
            out += k + "='" + v + "' ";
        return QString::fromStdString(out);
    }

    /// Runs statement in a transaction of its own on a fresh connection to this database.
    void exec(const std::string &statement) const
    {
        pqxx::connection c(conninfo().toStdString());
        pqxx::work tx(c);
        tx.exec(statement);
        tx.commit();
    }

    std::string port() const { return parse(m_adminUri)["port"]; }

private:
    static std::map<std::string, std::string> parse(const QString &conninfo)
    {
        std::map<std::string, std::string> out;
        char *err = nullptr;
        PQconninfoOption *opts = PQconninfoParse(conninfo.toUtf8().constData(), &err);
        if (!opts) {
            PQfreemem(err);
            return out;
        }
        for (PQconninfoOption *o = opts; o->keyword; ++o) {
            if (o->val)
                out[o->keyword] = o->val;
        }
        PQconninfoFree(opts);
        return out;
    }

    QString m_adminUri;
    QString m_name;
};

} // namespace ne::test
