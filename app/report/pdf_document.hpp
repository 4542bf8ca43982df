#pragma once
// What both pdf reports draw with: an A4 document rendered into memory by cairo, with a cursor
// that moves down and breaks to a new page, wrapped text, headings, facts, boxed blocks and
// tables that continue over pages. cairo only: no SDL, GL or ImGui.
#include <cairo.h>

#include <functional>
#include <string>
#include <vector>

namespace tafel::pdf {

// A4 in points; margins of 2 cm.
inline constexpr double kPageW = 595.28, kPageH = 841.89, kMargin = 56.7;
inline constexpr double kTextW = kPageW - 2 * kMargin;

struct Rgb {
    double r, g, b;
};
inline constexpr Rgb kInk{0.12, 0.12, 0.14}, kGrey{0.42, 0.42, 0.45}, kRed{0.72, 0.1, 0.1}, kAccent{0.12, 0.39, 0.55},
    kGreen{0.3, 0.55, 0.42};

class Document {
public:
    // `footer` is printed at the bottom of every page, beside the page number.
    explicit Document(std::string footer);
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    cairo_t* cr() { return cr_; }
    double y() const { return y_; }
    void set_y(double y) { y_ = y; }
    void move(double dy) { y_ += dy; }

    void font(double size, bool bold = false);
    void color(const Rgb& c);
    void fill(const Rgb& c);  // fills the current path
    double width_of(const std::string& s);
    double line_height() const { return size_ * 1.35; }
    // Greedy word wrap by measured width, in the current font; '\n' starts a new line.
    std::vector<std::string> wrap(const std::string& text, double width);

    // Starts a new page when `height` does not fit below the cursor.
    void need(double height);
    // A new page, unless nothing has been written on this one yet (no empty pages).
    void new_page();

    // Wrapped text at x (from the left margin) in the current font and colour; moves the cursor.
    void paragraph(const std::string& text, double x = 0, double width = kTextW);
    // A list item: a bullet at x, the text wrapped beside it with a hanging indent.
    void bullet(const std::string& text, double x = 0);
    void heading(const std::string& text, double size, const Rgb& c = kInk);
    // The kicker, the big title and room below: the top of a title page.
    void title(const std::string& kicker, const std::string& title);
    // "School   Het Baken College": a label and its wrapped value, as on the title page.
    void fact(const std::string& label, const std::string& value);
    // Draws `body` with a margin inside, and a box around it when it stayed on one page.
    void boxed(const Rgb& border, const std::function<void()>& body);

    // Ends the document: the bytes of the pdf file. Throws UserError when cairo failed.
    std::string finish();

private:
    static cairo_status_t append(void* closure, const unsigned char* data, unsigned int length);
    void finish_page();

    std::string bytes_;  // the pdf as cairo writes it
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    double y_ = kMargin, size_ = 10;
    int page_ = 0;
    std::string footer_;
};

// The byte after the UTF-8 character that starts at byte `at` (cairo refuses half a character).
size_t utf8_next(const std::string& s, size_t at);

// Card names break at spaces and after a slash ("OUDERS/" "VERZORGERS"), as on the table.
std::vector<std::string> wrap_card(Document& d, const std::string& text, double width);
// Text centred in a box, wrapped and shrunk until it fits (cards drawn on the page); what does
// not fit at `min_size` ends in "…".
void text_in_box(Document& d, const std::string& text, double x, double y, double w, double h, double size, bool bold,
                 double min_size = 4);
void rounded_rect(cairo_t* cr, double x, double y, double w, double h, double radius);

struct TableColumn {
    std::string title;
    double width;
};
struct TableCell {
    std::string text;
    Rgb color = kInk;
    bool bold = false;
};
// A table at the cursor, full text width: a header row that repeats on every page it runs
// onto, rows shaded in turn; a row too tall for one page continues on the next.
void draw_table(Document& d, const std::vector<TableColumn>& columns, const std::vector<std::vector<TableCell>>& rows);

}  // namespace tafel::pdf
