// SPDX-License-Identifier: MIT
#include "UploadRecordDraft.h"

#include "UploadItem.h"
#include "schema/EntitySchema.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace ne {

const QString UploadRecordDraft::kTitlePrefix = QStringLiteral("titlePrefix");

QString UploadRecordDraft::clip(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    int cut = max;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut);
}

QString UploadRecordDraft::titleFromFileName(const QString &fileName)
{
    static const QRegularExpression separators(QStringLiteral("[_\\-.\\s]+"));
    QString title = QFileInfo(fileName).completeBaseName();
    title.replace(separators, QStringLiteral(" "));
    title = title.trimmed();
    return title.isEmpty() ? fileName : title;
}

QString UploadRecordDraft::guessImageType(const QString &fileName)
{
    const QString name = fileName.toLower();
    static const QList<std::pair<QString, QStringList>> hints{
        {QStringLiteral("cover"), {QStringLiteral("cover"), QStringLiteral("hero")}},
        {QStringLiteral("banner"), {QStringLiteral("banner"), QStringLiteral("header")}},
        {QStringLiteral("thumbnail"), {QStringLiteral("thumb")}},
        {QStringLiteral("profile"),
         {QStringLiteral("profile"), QStringLiteral("avatar"), QStringLiteral("portrait")}},
        {QStringLiteral("icon"), {QStringLiteral("icon"), QStringLiteral("logo")}},
        {QStringLiteral("background"),
         {QStringLiteral("background"), QStringLiteral("wallpaper"), QStringLiteral("bg_")}},
    };
    for (const auto &[type, words] : hints) {
        for (const QString &word : words) {
            if (name.contains(word))
                return type;
        }
    }
    return QStringLiteral("gallery");
}

QVariantMap UploadRecordDraft::values(const UploadItem &item, const MediaRef &media)
{
    const EntitySchema &schema = EntitySchema::of(item.kind);
    const QString fileName = item.fileName();
    const int titleMax = schema.field(u"title")->maxLength();
    QVariantMap v;
    v.insert(QStringLiteral("title"),
             clip(item.edits.value(kTitlePrefix).toString() + titleFromFileName(fileName),
                  titleMax > 0 ? titleMax : 200));
    if (item.kind == EntityKind::Image) {
        v.insert(QStringLiteral("contentSha256"), media.sha256);
        v.insert(QStringLiteral("originalName"), clip(fileName, 255));
        v.insert(QStringLiteral("type"), guessImageType(fileName));
    } else {
        v.insert(QStringLiteral("cloudUrl"), media.url);
        v.insert(QStringLiteral("fileSize"), media.size);
        if (item.pixelSize.isValid())
            v.insert(
                QStringLiteral("resolution"),
                QStringLiteral("%1x%2").arg(item.pixelSize.width()).arg(item.pixelSize.height()));
    }
    for (auto it = item.edits.begin(); it != item.edits.end(); ++it) {
        const Field *f = schema.field(it.key());
        if (f && f->isEditable() && it.value().isValid())
            v.insert(it.key(), it.value());
    }
    return v;
}

} // namespace ne
