// SPDX-License-Identifier: MIT
#include "RestErrors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>

namespace ne {

namespace {

/// The first 200 characters of a body, for logs: enough to recognise a proxy's page.
QString snippet(const QByteArray &body)
{
    return QString::fromUtf8(body.left(200)).simplified();
}

bool looksLikeHtml(const RestReply &reply)
{
    return reply.header("content-type").startsWith("text/html") ||
           reply.body.trimmed().startsWith('<');
}

} // namespace

StoreError::Kind RestErrors::kindOf(int status)
{
    switch (status) {
    case 400:
    case 415:
    case 422:
        return StoreError::Kind::Invalid;
    case 401:
        return StoreError::Kind::Unauthorized;
    case 403:
        return StoreError::Kind::Forbidden;
    case 404:
    case 410:
        return StoreError::Kind::NotFound;
    case 409:
    case 412:
    case 428:
        return StoreError::Kind::Conflict;
    case 413:
    case 431:
        return StoreError::Kind::TooLarge;
    case 429:
    case 502:
    case 503:
    case 504:
        return StoreError::Kind::Unavailable;
    default:
        return StoreError::Kind::Server;
    }
}

StoreError RestErrors::fromReply(const RestReply &reply)
{
    const QString detail =
        QStringLiteral("HTTP %1 request-id=%2 body=%3")
            .arg(reply.status)
            .arg(QString::fromLatin1(reply.header("x-request-id")), snippet(reply.body));
    const StoreError::Kind kind = kindOf(reply.status);
    if (looksLikeHtml(reply))
        return StoreError(kind,
                          tr("The server answered HTTP %1 with a web page instead of the API's "
                             "answer; a proxy or a wrong URL may be in the way.")
                              .arg(reply.status),
                          detail);
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    QString message;
    QList<FieldError> fields;
    const QJsonValue error = o.value(QStringLiteral("error"));
    if (error.isObject()) { // OA and our server: {"error":{code,message,details[]}}
        const QJsonObject e = error.toObject();
        message = e.value(QStringLiteral("message")).toString();
        for (const QJsonValue &d : e.value(QStringLiteral("details")).toArray()) {
            const QJsonObject f = d.toObject();
            fields.append({f.value(QStringLiteral("field")).toString(),
                           f.value(QStringLiteral("message")).toString()});
        }
    } else if (error.isString()) { // the deployed platform: {"error":"…","message"?}
        message = o.value(QStringLiteral("message")).toString(error.toString());
    } else {
        message = o.value(QStringLiteral("message")).toString();
    }
    if (kind == StoreError::Kind::Invalid && !fields.isEmpty())
        return StoreError::invalid(fields);
    if (message.isEmpty())
        message = tr("The server refused the request (HTTP %1).").arg(reply.status);
    if (reply.status == 412)
        message = tr("Someone else changed this item since you opened it.");
    return StoreError(kind, message, detail);
}

StoreError RestErrors::transport(const RestReply &reply)
{
    if (reply.outcomeUnknown)
        return StoreError(StoreError::Kind::Unavailable,
                          tr("The connection failed before the server answered; the change may "
                             "or may not have been saved. Reload to check before trying again."),
                          reply.transportError);
    return StoreError(StoreError::Kind::Unavailable,
                      tr("The server cannot be reached: %1").arg(reply.transportError),
                      reply.transportError);
}

StoreError RestErrors::malformed(const RestReply &reply, const QString &what)
{
    const QString detail =
        QStringLiteral("HTTP %1 content-type=%2 body=%3")
            .arg(reply.status)
            .arg(QString::fromLatin1(reply.header("content-type")), snippet(reply.body));
    if (looksLikeHtml(reply))
        return StoreError(StoreError::Kind::Server,
                          tr("The server sent a web page where %1 was expected; a proxy or a "
                             "wrong URL may be in the way.")
                              .arg(what),
                          detail);
    return StoreError(
        StoreError::Kind::Server,
        tr("The server's answer is not valid JSON (%1); it may have been cut off.").arg(what),
        detail);
}

QString RestErrors::certificateDetails(const QList<QSslError> &errors)
{
    QStringList reasons;
    QSslCertificate cert;
    for (const QSslError &e : errors) {
        reasons.append(e.errorString());
        if (cert.isNull() && !e.certificate().isNull())
            cert = e.certificate();
    }
    reasons.removeDuplicates();
    QString text = reasons.join(QStringLiteral("; "));
    if (!cert.isNull()) {
        text += QLatin1Char('\n') +
                tr("Certificate: %1, issued by %2, valid %3 to %4.\nSHA-256 fingerprint: %5")
                    .arg(cert.subjectDisplayName(), cert.issuerDisplayName(),
                         cert.effectiveDate().toString(Qt::ISODate),
                         cert.expiryDate().toString(Qt::ISODate),
                         QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':')));
    }
    return text;
}

} // namespace ne
