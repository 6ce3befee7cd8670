// SPDX-License-Identifier: MIT
#include "TusResumeBook.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace ne {

TusResumeBook::TusResumeBook(QString filePath)
    : m_filePath(std::move(filePath))
{
    m_writer.setMaxThreadCount(1);
    if (m_filePath.isEmpty())
        return;
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly))
        m_entries = QJsonDocument::fromJson(file.readAll()).object();
}

QString TusResumeBook::keyOf(const QUrl &baseUrl, const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    const QByteArray identity = baseUrl.toEncoded() + '\n' + canonical.toUtf8() + '\n' +
                                QByteArray::number(info.size()) + '\n' +
                                QByteArray::number(info.lastModified().toMSecsSinceEpoch());
    return QString::fromLatin1(
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex());
}

QUrl TusResumeBook::find(const QString &key) const
{
    return QUrl(m_entries.value(key).toObject().value(QStringLiteral("url")).toString());
}

void TusResumeBook::remember(const QString &key, const QUrl &uploadUrl, const QString &filePath)
{
    // The path is kept for whoever reads the file by hand; lookups go by key only.
    m_entries.insert(
        key, QJsonObject{
                 {QStringLiteral("url"), uploadUrl.toString()},
                 {QStringLiteral("file"), filePath},
                 {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
             });
    save();
}

void TusResumeBook::forget(const QString &key)
{
    if (m_entries.contains(key)) {
        m_entries.remove(key);
        save();
    }
}

void TusResumeBook::save()
{
    if (m_filePath.isEmpty())
        return;
    m_writer.start(
        [path = m_filePath, bytes = QJsonDocument(m_entries).toJson(QJsonDocument::Compact)] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly)) {
                file.write(bytes);
                file.commit(); // on failure the upload only loses its ability to resume
            }
        });
}

} // namespace ne
