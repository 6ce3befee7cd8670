// SPDX-License-Identifier: MIT
#include "RestAuth.h"

#include "store/rest/RestErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ne {

RestAuth::RestAuth(const RestSettings &settings)
    : m_apiKey(settings.apiKey)
    , m_username(settings.username)
    , m_password(settings.password)
{}

bool RestAuth::needsLogin() const
{
    if (!usesLogin())
        return false;
    // A token within a minute of expiry is renewed before use rather than after a 401.
    return m_token.isEmpty() ||
           (m_expiresAt.isValid() && QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) < 60);
}

void RestAuth::apply(QNetworkRequest &request) const
{
    if (!m_apiKey.isEmpty())
        request.setRawHeader("X-API-Key", m_apiKey.toUtf8());
    else if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
}

RestRequest RestAuth::loginRequest(const RestSettings &settings) const
{
    const QJsonObject body{{QStringLiteral("username"), m_username},
                           {QStringLiteral("password"), m_password}};
    RestRequest r = RestRequest::write("POST", settings.apiUrl(QStringLiteral("/auth/login")),
                                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    // Logging in twice is harmless: a lost answer may be asked again.
    r.idempotent = true;
    return r;
}

std::optional<StoreError> RestAuth::acceptLogin(const RestReply &reply)
{
    if (reply.status == 0)
        return RestErrors::transport(reply);
    if (!reply.isSuccess()) {
        StoreError e = RestErrors::fromReply(reply);
        if (reply.status == 401 || reply.status == 400)
            return StoreError(StoreError::Kind::Unauthorized,
                              tr("The user name or password was not accepted."), e.detail());
        return e;
    }
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    // OA/our server put the token at the top; the deployed platform may wrap it in data.
    const QJsonObject src =
        o.contains(QStringLiteral("token")) ? o : o.value(QStringLiteral("data")).toObject();
    const QString token = src.value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return StoreError(StoreError::Kind::Server, tr("The server's login answer has no token."));
    const qint64 expiresIn = src.value(QStringLiteral("expiresIn")).toInteger(0);
    setToken(token.toUtf8(),
             expiresIn > 0 ? QDateTime::currentDateTimeUtc().addSecs(expiresIn) : QDateTime());
    return std::nullopt;
}

void RestAuth::setToken(const QByteArray &token, const QDateTime &expiresAt)
{
    m_token = token;
    m_expiresAt = expiresAt;
    ++m_generation;
}

} // namespace ne
