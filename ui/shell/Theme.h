// SPDX-License-Identifier: MIT
#pragma once

class QApplication;

namespace ne {

/// Fusion everywhere (predictable spacing on every platform) with a dark palette when
/// the desktop's own palette is dark, or when NE_THEME=dark asks for it.
class Theme
{
public:
    static void apply(QApplication &app);
    static bool isDark();
};

} // namespace ne
