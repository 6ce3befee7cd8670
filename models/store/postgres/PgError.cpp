// SPDX-License-Identifier: MIT
#include "store/postgres/PgError.h"

#include "schema/EntitySchema.h"

#include <QRegularExpression>

#include <pqxx/except>

namespace ne::pg {

namespace {

using Kind = StoreError::Kind;

QString firstLine(const std::string &text)
{
    QString s = QString::fromUtf8(text).trimmed();
    s.remove(QRegularExpression(QStringLiteral("^(ERROR|FATAL):\\s+")));
    return s.section(u'\n', 0, 0);
}

/// The constraint named in a PostgreSQL error message, if any.
QString constraintName(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("constraint \"([^\"]+)\""));
    const auto m = re.match(message);
    return m.hasMatch() ? m.captured(1) : QString();
}

StoreError uniqueViolation(const QString &detail)
{
    const QString c = constraintName(detail);
    QString message;
    if (c.endsWith(QStringLiteral("_slug")))
        message = StoreError::tr("This slug is already used by another item; choose another.");
    else if (c == QStringLiteral("uq_site_images_sha256"))
        message = StoreError::tr("This image file is already in the library.");
    else if (c == QStringLiteral("uq_videos_stream_key"))
        message = StoreError::tr("This stream key is already used by another video.");
    else if (c == QStringLiteral("uq_news_articles_main"))
        message = StoreError::tr("A news issue can have only one main story.");
    else if (c == QStringLiteral("news_articles_pkey"))
        message = StoreError::tr("The same article is listed twice.");
    else
        message = StoreError::tr("This value is already used by another item.");
    return StoreError(Kind::Conflict, message, detail);
}

StoreError sqlError(const pqxx::sql_error &e)
{
    const std::string state = e.sqlstate();
    const QString detail = QString::fromUtf8(e.what()).trimmed();
    const QString cls = QString::fromStdString(state.substr(0, 2));
    if (state == "23505")
        return uniqueViolation(detail);
    if (state == "23503")
        return StoreError(Kind::Invalid,
                          StoreError::tr("A referenced item (category, image or article) does "
                                         "not exist."),
                          detail);
    if (state == "23514" || state == "23502" || state == "22001" || state == "22P02" ||
        state == "22007" || state == "22008" || state == "22003") {
        if (detail.contains(QStringLiteral("news_articles_position_check")))
            return StoreError(Kind::Invalid,
                              StoreError::tr("A news issue holds at most 8 articles."), detail);
        return StoreError(
            Kind::Invalid,
            StoreError::tr("The database refused a value: %1").arg(firstLine(e.what())), detail);
    }
    if (state == "57014")
        return StoreError(Kind::Unavailable,
                          StoreError::tr("The database took too long to answer and the query "
                                         "was cancelled (statement timeout). Try a narrower "
                                         "search or try again later."),
                          detail);
    if (state == "42P01" || state == "3F000")
        return StoreError(Kind::Unavailable,
                          StoreError::tr("This database has no NextEvent schema (or an "
                                         "incomplete one). Create or upgrade it first."),
                          detail);
    if (state == "42501")
        return StoreError(Kind::Forbidden,
                          StoreError::tr("Your database user is not allowed to do this."), detail);
    if (state == "25006")
        return StoreError(Kind::Forbidden,
                          StoreError::tr("The database is read-only (a replica or read-only "
                                         "mode)."),
                          detail);
    if (cls == QStringLiteral("40"))
        return StoreError(Kind::Unavailable,
                          StoreError::tr("The database had to cancel the change because of a "
                                         "concurrent one; try again."),
                          detail);
    if (cls == QStringLiteral("53"))
        return StoreError(Kind::Server,
                          StoreError::tr("The database server is out of resources (disk, memory "
                                         "or connections)."),
                          detail);
    if (cls == QStringLiteral("57") || cls == QStringLiteral("08"))
        return StoreError(Kind::Unavailable,
                          StoreError::tr("The database connection was lost (the server may be "
                                         "restarting); retrying may work."),
                          detail);
    if (cls == QStringLiteral("28"))
        return connectError(e.what());
    return StoreError(Kind::Server,
                      StoreError::tr("The database reported an error: %1").arg(firstLine(e.what())),
                      detail);
}

} // namespace

StoreError connectError(const std::string &libpqMessage)
{
    const QString detail = QString::fromUtf8(libpqMessage).trimmed();
    const QString m = detail.toLower();
    auto err = [&](Kind kind, const QString &message) { return StoreError(kind, message, detail); };
    if (m.contains(QStringLiteral("password authentication failed")) ||
        m.contains(QStringLiteral("no password supplied")) ||
        m.contains(QStringLiteral("authentication failed")))
        return err(Kind::Unauthorized, StoreError::tr("PostgreSQL refused the user name or "
                                                      "password."));
    if (m.contains(QStringLiteral("no pg_hba.conf entry")))
        return err(m.contains(QStringLiteral("no encryption")) ? Kind::Forbidden
                                                               : Kind::Unauthorized,
                   m.contains(QStringLiteral("no encryption"))
                       ? StoreError::tr("The server accepts only encrypted (SSL) connections: "
                                        "set SSL mode to \"require\" or stricter.")
                       : StoreError::tr("The server does not allow this user to connect to this "
                                        "database from this computer (pg_hba.conf)."));
    if (m.contains(QStringLiteral("server does not support ssl")))
        return err(Kind::Unavailable, StoreError::tr("SSL is required by this profile but the "
                                                     "server does not support it."));
    if (m.contains(QStringLiteral("certificate")) || m.contains(QStringLiteral("ssl")))
        return err(
            Kind::Unavailable,
            StoreError::tr("The secure (SSL) connection failed: %1").arg(firstLine(libpqMessage)));
    if (m.contains(QStringLiteral("could not translate host name")) ||
        m.contains(QStringLiteral("name or service not known")))
        return err(Kind::Unavailable, StoreError::tr("The database host name could not be found "
                                                     "(DNS)."));
    if (m.contains(QStringLiteral("connection refused")))
        return err(Kind::Unavailable, StoreError::tr("The database server refused the connection: "
                                                     "is PostgreSQL running on that host and "
                                                     "port?"));
    if (m.contains(QStringLiteral("timeout expired")) || m.contains(QStringLiteral("timed out")))
        return err(Kind::Unavailable, StoreError::tr("The database server did not answer in "
                                                     "time (network or firewall)."));
    if (m.contains(QStringLiteral("does not exist")) && m.contains(QStringLiteral("database")))
        return err(Kind::Unavailable, StoreError::tr("That database does not exist on the "
                                                     "server."));
    if (m.contains(QStringLiteral("role")) && m.contains(QStringLiteral("does not exist")))
        return err(Kind::Unauthorized, StoreError::tr("That database user does not exist."));
    if (m.contains(QStringLiteral("too many")))
        return err(Kind::Unavailable, StoreError::tr("The database server has no free "
                                                     "connections; try again shortly."));
    // A server killed while accepting us: the socket opened, then closed without a word
    // (or with a reset, when the kernel tears down the listener's backlog).
    if (m.contains(QStringLiteral("server closed the connection unexpectedly")) ||
        m.contains(QStringLiteral("connection reset by peer")))
        return err(Kind::Unavailable, StoreError::tr("The database connection was lost (the "
                                                     "server may be restarting); retrying may "
                                                     "work."));
    if (m.contains(QStringLiteral("shutting down")) || m.contains(QStringLiteral("starting up")) ||
        m.contains(QStringLiteral("recovery mode")))
        return err(Kind::Unavailable, StoreError::tr("The database server is restarting; "
                                                     "retrying shortly."));
    return err(
        Kind::Unavailable,
        StoreError::tr("Could not connect to the database: %1").arg(firstLine(libpqMessage)));
}

StoreError toStoreError(const std::exception &e)
{
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&e))
        return sqlError(*sql);
    if (dynamic_cast<const pqxx::broken_connection *>(&e))
        return StoreError(Kind::Unavailable,
                          StoreError::tr("The database connection was lost (the server may be "
                                         "restarting); retrying may work."),
                          QString::fromUtf8(e.what()).trimmed());
    if (dynamic_cast<const pqxx::in_doubt_error *>(&e))
        return StoreError(Kind::Unavailable,
                          StoreError::tr("The connection was lost while saving; reload to see "
                                         "whether the change was saved."),
                          QString::fromUtf8(e.what()).trimmed());
    if (dynamic_cast<const std::bad_alloc *>(&e))
        return StoreError(Kind::Server, StoreError::tr("The computer ran out of memory."));
    return StoreError(Kind::Server, StoreError::tr("Unexpected database error."),
                      QString::fromUtf8(e.what()).trimmed());
}

} // namespace ne::pg
