// SPDX-License-Identifier: MIT
#include "Cursor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace ne {

namespace {
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

Cursor Cursor::fromPosition(const Position &position)
{
    const QJsonArray array{position.sortKey, position.order == Qt::AscendingOrder ? 1 : 0,
                           QJsonValue::fromVariant(position.value), position.id};
    return Cursor(QJsonDocument(array).toJson(QJsonDocument::Compact).toBase64(kEncoding));
}

std::optional<Cursor::Position> Cursor::position() const
{
    const auto decoded = QByteArray::fromBase64Encoding(m_token, kEncoding);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    const QJsonArray array = doc.array();
    if (array.size() != 4 || !array.at(0).isString() || !array.at(1).isDouble() ||
        !array.at(3).isString())
        return std::nullopt;
    Position p;
    p.sortKey = array.at(0).toString();
    p.order = array.at(1).toInt() == 1 ? Qt::AscendingOrder : Qt::DescendingOrder;
    p.value = array.at(2).toVariant();
    p.id = array.at(3).toString();
    return p;
}

} // namespace ne
