// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace ne {

/// The editor of long text fields (an article's content). Qt's default wrapping, at word
/// boundaries or anywhere, lays out a long run without spaces in quadratic time: pasting
/// 400 KB of base64 or minified markup froze the window for 14 s. Before such text arrives
/// (paste, drop, a loaded record) this editor wraps anywhere instead (0.2 s), and goes back
/// to word wrapping when the text is replaced by ordinary prose.
class BodyTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit BodyTextEdit(QWidget *parent = nullptr);

    /// setPlainText with the wrapping chosen for text first.
    void setBodyText(const QString &text);

    /// Longest run without a break opportunity that word wrapping is left to handle.
    static constexpr qsizetype kLongestWordWrapped = 2000;

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    void prepareFor(QStringView text, bool replacing);
};

} // namespace ne
