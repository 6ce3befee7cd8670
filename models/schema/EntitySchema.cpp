// SPDX-License-Identifier: MIT
#include "EntitySchema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace ne {

namespace {

bool isBlank(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().trimmed().isEmpty();
    case QMetaType::QStringList:
        return value.toStringList().isEmpty();
    case QMetaType::QVariantList:
        return value.toList().isEmpty();
    default:
        return false;
    }
}

qsizetype characterCount(const QString &text)
{
    // Limits are in characters as PostgreSQL counts them (code points), not UTF-16 units,
    // so a Chinese title with emoji is measured the same way in every backend.
    qsizetype surrogates = 0;
    for (QChar c : text) {
        if (c.isLowSurrogate())
            ++surrogates;
    }
    return text.size() - surrogates;
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

} // namespace

EntitySchema::EntitySchema(EntityKind kind, QString table, QList<Field> fields,
                           QStringList searchKeys)
    : m_kind(kind)
    , m_table(std::move(table))
    , m_fields(std::move(fields))
    , m_searchKeys(std::move(searchKeys))
{
    m_byKey.reserve(m_fields.size());
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (!m_byKey.contains(m_fields.at(i).key())) // the first wins, as in field(QStringView)
            m_byKey.insert(m_fields.at(i).key(), i);
    }
}

const Field *EntitySchema::field(QStringView key) const
{
    for (const Field &f : m_fields) {
        if (f.key() == key)
            return &f;
    }
    return nullptr;
}

const Field *EntitySchema::field(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.cend() ? nullptr : &m_fields.at(*it);
}

const Field *EntitySchema::fieldByColumn(QStringView column) const
{
    for (const Field &f : m_fields) {
        if (f.column() == column)
            return &f;
    }
    return nullptr;
}

QList<Field> EntitySchema::fieldsWhere(bool (Field::*test)() const) const
{
    QList<Field> out;
    for (const Field &f : m_fields) {
        if ((f.*test)())
            out.append(f);
    }
    return out;
}

QList<Field> EntitySchema::listedFields() const
{
    return fieldsWhere(&Field::isListed);
}

QList<Field> EntitySchema::filterableFields() const
{
    return fieldsWhere(&Field::isFilterable);
}

QList<Field> EntitySchema::sortableFields() const
{
    return fieldsWhere(&Field::isSortable);
}

bool EntitySchema::isSortable(QStringView key) const
{
    const Field *f = field(key);
    return f && f->isSortable();
}

QString EntitySchema::displayName() const
{
    switch (m_kind) {
    case EntityKind::Image:
        return tr("Image");
    case EntityKind::Article:
        return tr("Article");
    case EntityKind::News:
        return tr("News issue");
    case EntityKind::Video:
        return tr("Video");
    }
    Q_UNREACHABLE();
}

QString EntitySchema::displayPluralName() const
{
    switch (m_kind) {
    case EntityKind::Image:
        return tr("Images");
    case EntityKind::Article:
        return tr("Articles");
    case EntityKind::News:
        return tr("News");
    case EntityKind::Video:
        return tr("Videos");
    }
    Q_UNREACHABLE();
}

QString EntitySchema::publishedStatus() const
{
    switch (m_kind) {
    case EntityKind::Image:
        return QStringLiteral("active");
    case EntityKind::Article:
    case EntityKind::News:
        return QStringLiteral("published");
    case EntityKind::Video:
        return QStringLiteral("scheduled");
    }
    Q_UNREACHABLE();
}

QString EntitySchema::archivedStatus() const
{
    return QStringLiteral("archived");
}

QVariantMap EntitySchema::defaults() const
{
    QVariantMap out;
    for (const Field &f : m_fields) {
        if (f.defaultValue().isValid())
            out.insert(f.key(), f.defaultValue());
    }
    return out;
}

QVariantMap EntitySchema::newRowValues(const QVariantMap &values) const
{
    QVariantMap out;
    for (const Field &f : m_fields) {
        if (f.isEditable() && f.defaultValue().isValid())
            out.insert(f.key(), f.defaultValue());
    }
    out.insert(values);
    return out;
}

std::optional<QString> EntitySchema::checkValue(const Field &field, const QVariant &value) const
{
    switch (field.type()) {
    case FieldType::String:
    case FieldType::Text: {
        const qsizetype n = characterCount(value.toString());
        if (field.maxLength() > 0 && n > field.maxLength())
            return tr("%1 is %2 characters long; at most %3 are allowed.")
                .arg(field.label())
                .arg(n)
                .arg(field.maxLength());
        return std::nullopt;
    }
    case FieldType::Integer:
    case FieldType::Real: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return tr("%1 must be a number.").arg(field.label());
        if (number < 0)
            return tr("%1 cannot be negative.").arg(field.label());
        return std::nullopt;
    }
    case FieldType::Boolean:
        if (!value.canConvert<bool>())
            return tr("%1 must be yes or no.").arg(field.label());
        return std::nullopt;
    case FieldType::DateTime:
        if (!value.toDateTime().isValid())
            return tr("%1 is not a valid date and time.").arg(field.label());
        return std::nullopt;
    case FieldType::Uuid:
        if (!isUuid(value.toString()))
            return tr("%1 does not refer to a valid item.").arg(field.label());
        return std::nullopt;
    case FieldType::Enum:
        if (!field.enumValues().contains(value.toString()))
            return tr("“%1” is not a valid %2; choose one of: %3.")
                .arg(value.toString(), field.label(),
                     field.enumValues().join(QStringLiteral(", ")));
        return std::nullopt;
    case FieldType::StringList:
        return std::nullopt;
    case FieldType::Json:
        if (value.typeId() == QMetaType::QString &&
            QJsonDocument::fromJson(value.toString().toUtf8()).isNull())
            return tr("%1 is not valid JSON.").arg(field.label());
        return std::nullopt;
    case FieldType::UuidList: {
        const QStringList ids = value.toStringList();
        if (ids.size() < field.minItems())
            return tr("Choose at least %n article(s).", nullptr, field.minItems());
        if (field.maxItems() > 0 && ids.size() > field.maxItems())
            return tr("A news issue holds at most %n article(s); remove %1.", nullptr,
                      field.maxItems())
                .arg(ids.size() - field.maxItems());
        if (QSet<QString>(ids.begin(), ids.end()).size() != ids.size())
            return tr("The same article is listed twice.");
        for (const QString &id : ids) {
            if (!isUuid(id))
                return tr("%1 contains an invalid reference.").arg(field.label());
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

void EntitySchema::checkCrossField(const QVariantMap &values, QList<FieldError> &errors) const
{
    auto laterThan = [&](const QString &endKey, const QString &startKey) {
        const QDateTime end = values.value(endKey).toDateTime();
        const QDateTime start = values.value(startKey).toDateTime();
        if (end.isValid() && start.isValid() && end <= start) {
            const Field *endField = field(endKey);
            const Field *startField = field(startKey);
            errors.append(
                {endKey,
                 tr("%1 must be later than %2.").arg(endField->label(), startField->label())});
        }
    };
    if (m_kind == EntityKind::News) {
        laterThan(QStringLiteral("expiresAt"), QStringLiteral("scheduledAt"));
        const QString main = values.value(keys::mainStoryId).toString();
        if (!main.isEmpty() && values.contains(keys::articleIds) &&
            !values.value(keys::articleIds).toStringList().contains(main))
            errors.append({keys::mainStoryId, tr("The main story must be one of the issue's "
                                                 "articles.")});
    } else if (m_kind == EntityKind::Video) {
        laterThan(QStringLiteral("videoEndTime"), QStringLiteral("startTime"));
    }
}

QList<FieldError> EntitySchema::validate(const QVariantMap &values, ValidationMode mode) const
{
    QList<FieldError> errors;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!field(it.key()))
            errors.append(
                {it.key(), tr("“%1” is not a field of %2.").arg(it.key(), displayName())});
    }
    for (const Field &f : m_fields) {
        const bool present = values.contains(f.key());
        const QVariant value = values.value(f.key());
        if (present && mode == ValidationMode::Update && (!f.isEditable() || f.isCreateOnly())) {
            errors.append({f.key(), tr("%1 cannot be changed.").arg(f.label())});
            continue;
        }
        if (present && !f.isEditable()) {
            errors.append({f.key(), tr("%1 is set by the system.").arg(f.label())});
            continue;
        }
        const bool mustHave = f.isRequired() && (mode == ValidationMode::Create || present);
        if (isBlank(value)) {
            if (mustHave && f.type() != FieldType::UuidList)
                errors.append({f.key(), tr("%1 is required.").arg(f.label())});
            else if (mustHave) {
                if (auto problem = checkValue(f, QStringList()))
                    errors.append({f.key(), *problem});
            }
            continue;
        }
        if (auto problem = checkValue(f, value))
            errors.append({f.key(), *problem});
    }
    checkCrossField(values, errors);
    return errors;
}

} // namespace ne
