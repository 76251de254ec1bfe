<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>App</name>
    <message>
        <source>Informasi Obat untuk Pasien</source>
        <translation>Medicine Information for Patients</translation>
    </message>
</context>
<context>
    <name>ArticleCard</name>
    <message>
        <source>Kategori: {category}</source>
        <translation>Category: {category}</translation>
    </message>
</context>
<context>
    <name>ArticleLanguageBar</name>
    <message>
        <source>bahasa Indonesia</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>bahasa Inggris</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Artikel ini hanya tersedia dalam {language}.</source>
        <translation>This article is only available in {language}.</translation>
    </message>
    <message>
        <source>Baca dalam:</source>
        <translation>Read in:</translation>
    </message>
    <message>
        <source>Baca artikel ini dalam {language}</source>
        <translation>Read this article in {language}</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>▶ Bacakan semua</source>
        <translation>▶ Read all aloud</translation>
    </message>
    <message>
        <source>Bacakan seluruh artikel</source>
        <translation>Read the whole article aloud</translation>
    </message>
    <message>
        <source>Lihat juga</source>
        <translation>See also</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Lihat juga: {title}</source>
        <translation>See also: {title}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>{where}: catatan: {message}</source>
        <extracomment>An advisory (&quot;note&quot;), not a problem: `check --strict` alone fails on it.</extracomment>
        <translation>{where}: note: {message}</translation>
    </message>
    <message>
        <source>1 masalah ditemukan{advisories}.</source>
        <translation>1 problem found{advisories}.</translation>
    </message>
    <message>
        <source>{count} masalah ditemukan{advisories}.</source>
        <translation>{count} problems found{advisories}.</translation>
    </message>
    <message>
        <source>catatan: {path}: jadwal tinjauan ulang {date} sudah lewat</source>
        <translation>note: {path}: the review due on {date} is overdue</translation>
    </message>
    <message>
        <source>OK: {articles} artikel, {sections} bagian, {warnings} peringatan, {terms} istilah — tidak ada masalah{advisories}.</source>
        <extracomment>The summary of a folder without problems. {warnings}: the articles&apos; risk warnings; {terms}: the glossary&apos;s terms; {advisories}: nothing, or &quot;, 2 notes (see above)&quot;.</extracomment>
        <translation>OK: articles {articles}, sections {sections}, warnings {warnings}, glossary terms {terms} — no problems{advisories}.</translation>
    </message>
    <message>
        <source> (termasuk 1 catatan, --strict)</source>
        <translation> (including 1 note, --strict)</translation>
    </message>
    <message>
        <source> (termasuk {count} catatan, --strict)</source>
        <translation> (including {count} notes, --strict)</translation>
    </message>
    <message>
        <source>, 1 catatan (lihat di atas)</source>
        <translation>, 1 note (see above)</translation>
    </message>
    <message>
        <source>, {count} catatan (lihat di atas)</source>
        <translation>, {count} notes (see above)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%(prog)s ARTIKEL -o FILE.pdf [--paper {a4,letter}] [--content DIR]
       %(prog)s ARTIKEL ARTIKEL... -o DIR [--paper {a4,letter}] [--content DIR]
       %(prog)s --all -o DIR [--paper {a4,letter}] [--content DIR]</source>
        <extracomment>The usage lines of `handout`. Keep %(prog)s, the options and their values; ARTIKEL is the placeholder for an article id (as in the option list: &quot;ARTICLE&quot;).</extracomment>
        <translation>%(prog)s ARTICLE -o FILE.pdf [--paper {a4,letter}] [--content DIR]
       %(prog)s ARTICLE ARTICLE... -o DIR [--paper {a4,letter}] [--content DIR]
       %(prog)s --all -o DIR [--paper {a4,letter}] [--content DIR]</translation>
    </message>
    <message>
        <source>Satu artikel: -o adalah berkas PDF-nya.
Beberapa artikel (id-nya) atau --all: -o adalah folder; setiap artikel ditulis ke
DIR/&lt;id&gt;.pdf (folder dibuat bila belum ada dan folder induknya ada; berkas yang
sudah ada diganti utuh). Artikel yang bermasalah dilaporkan (berkas:baris: pesan)
dan dilewati; artikel lain tetap ditulis.
Status keluar: 0 semua ditulis; 1 ada artikel bermasalah; 2 kesalahan lain (id
tidak dikenal, folder tujuan tidak dapat dipakai, disk penuh).</source>
        <extracomment>Printed as written: keep the line breaks, with lines no longer than these.</extracomment>
        <translation>One article: -o is its PDF file.
Several articles (their ids) or --all: -o is a folder; each article is written
to DIR/&lt;id&gt;.pdf (the folder is made if it is missing and its parent exists; a
file already there is replaced whole). An article with problems is reported
(file:line: message) and skipped; the other articles are still written.
Exit status: 0 all written; 1 an article had problems; 2 another error
(unknown id, target folder unusable, disk full).</translation>
    </message>
    <message>
        <source>bahasa tampilan: id (Bahasa Indonesia) atau en (English); bawaan: pilihan yang disimpan di jendela, lalu bahasa sistem</source>
        <translation>interface language: id (Bahasa Indonesia) or en (English); default: the choice saved in the window, else the system&apos;s language</translation>
    </message>
    <message>
        <source>Penampil materi edukasi pasien (luring).</source>
        <translation>Patient education viewer (offline).</translation>
    </message>
    <message>
        <source>tampilkan bantuan ini lalu keluar</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>tampilkan versi lalu keluar</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>folder konten lain (bawaan: artikel bawaan)</source>
        <translation>another content folder (default: the built-in articles)</translation>
    </message>
    <message>
        <source>warna jendela: light (terang), dark (gelap), high-contrast (kontras tinggi) atau system (ikuti sistem); bawaan: pilihan yang disimpan di jendela</source>
        <translation>the window&apos;s colours: light, dark, high-contrast or system (as the system is set); default: the choice saved in the window</translation>
    </message>
    <message>
        <source>buka jendela, tunggu tampilan pertama, cetak ringkasan satu baris, lalu keluar</source>
        <translation>open the window, wait for the first paint, print a one-line summary, and exit</translation>
    </message>
    <message>
        <source>periksa fitur baca suara (mesin uji Qt), cetak satu baris, lalu keluar</source>
        <translation>check reading aloud (Qt&apos;s test engine), print one line, and exit</translation>
    </message>
    <message>
        <source>catatan (log) lebih rinci</source>
        <translation>a more detailed log</translation>
    </message>
    <message>
        <source>mode kios: layar penuh, terkunci, untuk ruang tunggu</source>
        <translation>kiosk mode: full screen, locked, for a waiting room</translation>
    </message>
    <message>
        <source>berkas konfigurasi kios (TOML)</source>
        <translation>kiosk configuration file (TOML)</translation>
    </message>
    <message>
        <source>periksa konfigurasi kios (juga printernya) lalu keluar, tanpa membuka jendela</source>
        <translation>check the kiosk configuration (and its printer) and exit, without opening a window</translation>
    </message>
    <message>
        <source>PERINTAH</source>
        <extracomment>The placeholder for the command&apos;s name in the help (&quot;COMMAND&quot;).</extracomment>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>periksa folder konten</source>
        <translation>check a content folder</translation>
    </message>
    <message>
        <source>anggap catatan sebagai masalah (untuk pemeriksaan otomatis)</source>
        <translation>count notes as problems (for automatic checks)</translation>
    </message>
    <message>
        <source>buat lembar cetak (PDF) sebuah artikel atau banyak artikel</source>
        <translation>make the printed handout (PDF) of one article or of many</translation>
    </message>
    <message>
        <source>ARTIKEL</source>
        <extracomment>The placeholder for an article id in the help (&quot;ARTICLE&quot;); as in the usage lines.</extracomment>
        <translation>ARTICLE</translation>
    </message>
    <message>
        <source>id artikel, atau berkas .md bila hanya satu artikel</source>
        <translation>an article id, or an .md file for a single article</translation>
    </message>
    <message>
        <source>semua artikel di folder konten, satu PDF per artikel</source>
        <translation>every article in the content folder, one PDF per article</translation>
    </message>
    <message>
        <source>berkas PDF untuk satu artikel; folder untuk --all atau beberapa artikel</source>
        <translation>the PDF file for one article; a folder for --all or several articles</translation>
    </message>
    <message>
        <source>ukuran kertas (bawaan: a4)</source>
        <translation>paper size (default: a4)</translation>
    </message>
    <message>
        <source>cari di semua artikel, seperti kotak pencarian di jendela</source>
        <translation>search all articles, like the search box in the window</translation>
    </message>
    <message>
        <source>KATA</source>
        <extracomment>The placeholder for the words searched for, in the help (&quot;WORD&quot;).</extracomment>
        <translation>WORD</translation>
    </message>
    <message>
        <source>kata yang dicari</source>
        <translation>the words to search for</translation>
    </message>
    <message>
        <source>atur PIN petugas untuk keluar dari mode kios</source>
        <translation>set the staff PIN that leaves kiosk mode</translation>
    </message>
    <message>
        <source>Penggunaan: </source>
        <extracomment>The heading of argparse&apos;s usage line (&quot;usage: &quot;); keep the space at the end.</extracomment>
        <translation>usage: </translation>
    </message>
    <message>
        <source>{argument}: {message}</source>
        <extracomment>argparse&apos;s error messages. {argument}, {arguments}, {option}, {other}: option names or metavariables; {value}, {choices}, {matches}, {count} as the user wrote them.</extracomment>
        <translation>argument {argument}: {message}</translation>
    </message>
    <message>
        <source>opsi atau argumen tidak dikenal: {arguments}</source>
        <translation>unrecognized arguments: {arguments}</translation>
    </message>
    <message>
        <source>wajib diisi: {arguments}</source>
        <translation>the following arguments are required: {arguments}</translation>
    </message>
    <message>
        <source>isi salah satu dari: {arguments}</source>
        <translation>one of the arguments {arguments} is required</translation>
    </message>
    <message>
        <source>perlu diikuti satu nilai</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>boleh diikuti paling banyak satu nilai</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>perlu diikuti paling sedikit satu nilai</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>perlu diikuti {count} nilai</source>
        <translation>expected {count} arguments</translation>
    </message>
    <message>
        <source>pilihan tidak dikenal: {value} (pilih salah satu: {choices})</source>
        <translation>invalid choice: {value} (choose from {choices})</translation>
    </message>
    <message>
        <source>nilai tidak sah: {value}</source>
        <translation>invalid value: {value}</translation>
    </message>
    <message>
        <source>opsi {option} kurang lengkap, bisa berarti: {matches}</source>
        <translation>ambiguous option: {option} could match {matches}</translation>
    </message>
    <message>
        <source>tidak boleh dipakai bersama {other}</source>
        <translation>not allowed with argument {other}</translation>
    </message>
    <message>
        <source>opsi ini tidak menerima nilai {value}</source>
        <translation>ignored explicit argument {value}</translation>
    </message>
    <message>
        <source>argumen posisi</source>
        <extracomment>The help&apos;s heading over the positional arguments (&quot;positional arguments&quot;).</extracomment>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>opsi</source>
        <extracomment>The help&apos;s heading over the options (&quot;options&quot;).</extracomment>
        <translation>options</translation>
    </message>
    <message>
        <source>{prog}: kesalahan: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
</context>
<context>
    <name>Clinic</name>
    <message>
        <source>Telepon klinik: {number}</source>
        <translation>Clinic phone: {number}</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>patient-viewer: kesalahan tak terduga (rincian di {log})</source>
        <translation>patient-viewer: unexpected error (details in {log})</translation>
    </message>
    <message>
        <source>patient-viewer: kesalahan tak terduga</source>
        <translation>patient-viewer: unexpected error</translation>
    </message>
    <message>
        <source>patient-viewer: dibatalkan</source>
        <translation>patient-viewer: cancelled</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>penanda &apos;{token}&apos; tidak dikenal; untuk nomor darurat tulis {placeholder}</source>
        <translation>unknown marker &apos;{token}&apos;; for the emergency number write {placeholder}</translation>
    </message>
    <message>
        <source>&apos;:::&apos; tidak di awal baris (atau ada di dalam blok kode), jadi peringatan ini tidak akan muncul di panel; tulis &apos;:::&apos; di awal baris tanpa &apos;&gt;&apos; atau spasi</source>
        <translation>&apos;:::&apos; is not at the start of the line (or is inside a code block), so this warning will not appear in the panel; write &apos;:::&apos; at the start of the line, without &apos;&gt;&apos; or spaces</translation>
    </message>
    <message>
        <source>artikel terlalu panjang: lebih dari {limit} bagian; pecah menjadi beberapa artikel</source>
        <translation>article too long: more than {limit} sections; split it into several articles</translation>
    </message>
    <message>
        <source>judul dengan satu &apos;#&apos; tidak dipakai; judul bagian ditulis dengan &apos;## &apos;</source>
        <translation>a heading with one &apos;#&apos; is not used; write section headings with &apos;## &apos;</translation>
    </message>
    <message>
        <source>teks sebelum bagian pertama; mulai bagian dengan &apos;## Judul&apos;</source>
        <translation>text before the first section; start a section with &apos;## Heading&apos;</translation>
    </message>
    <message>
        <source>&apos;:::&apos; di tengah teks peringatan akan tampil apa adanya; baris penutup &apos;:::&apos; ditulis tersendiri</source>
        <translation>&apos;:::&apos; in the middle of a warning&apos;s text will be shown as it is; write the closing &apos;:::&apos; on a line of its own</translation>
    </message>
    <message>
        <source>&apos;##&apos; di tengah teks akan tampil apa adanya; judul bagian ditulis di awal baris tersendiri, misalnya &apos;## Efek samping&apos;</source>
        <translation>&apos;##&apos; in the middle of text will be shown as it is; write a section heading at the start of its own line, for example &apos;## Side effects&apos;</translation>
    </message>
    <message>
        <source>&apos;{delimiter}&apos; hanya untuk membuka dan menutup data awal di atas artikel; hapus dari teks ini</source>
        <translation>&apos;{delimiter}&apos; is only for opening and closing the front matter at the top of the article; remove it from this text</translation>
    </message>
    <message>
        <source>baris terlalu panjang ({length} karakter; batas {limit}); pecah menjadi beberapa paragraf</source>
        <translation>line too long ({length} characters; limit {limit}); split it into several paragraphs</translation>
    </message>
    <message>
        <source>paragraf dengan terlalu banyak &apos;[&apos; (batas {limit}); periksa tautan dan gambar di paragraf ini</source>
        <translation>paragraph with too many &apos;[&apos; (limit {limit}); check the links and images in this paragraph</translation>
    </message>
    <message>
        <source>artikel dengan terlalu banyak &apos;[&apos; (lebih dari {limit}); periksa tautan dan gambar</source>
        <translation>article with too many &apos;[&apos; (more than {limit}); check the links and images</translation>
    </message>
    <message>
        <source>baris &apos;:::&apos; penutup tanpa blok peringatan yang dibuka; hapus baris ini atau tulis tingkatnya di baris pembuka (misalnya &apos;::: peringatan&apos;)</source>
        <translation>closing &apos;:::&apos; line without an open warning block; remove this line, or write the level on the opening line (for example &apos;::: warning&apos;)</translation>
    </message>
    <message>
        <source>tingkat peringatan &apos;{word}&apos; tidak dikenal (pilih salah satu: {names})</source>
        <translation>unknown warning level &apos;{word}&apos; (choose one of: {names})</translation>
    </message>
    <message>
        <source>peringatan sebelum bagian pertama; taruh di dalam sebuah bagian</source>
        <translation>warning before the first section; put it inside a section</translation>
    </message>
    <message>
        <source>judul &apos;{line}&apos;</source>
        <extracomment>Completes &quot;(before {what} on line N)&quot;; {line} is the heading as written.</extracomment>
        <translation>heading &apos;{line}&apos;</translation>
    </message>
    <message>
        <source>blok &apos;{line}&apos;</source>
        <extracomment>Completes &quot;(before {what} on line N)&quot;; {line} is the block&apos;s first line.</extracomment>
        <translation>block &apos;{line}&apos;</translation>
    </message>
    <message>
        <source>sebelum {what} di baris {number}</source>
        <extracomment>Completes &quot;the warning block opened on line N is not closed ({where})&quot;.</extracomment>
        <translation>before {what} on line {number}</translation>
    </message>
    <message>
        <source>baris &apos;Sumber:&apos; kedua di blok peringatan yang dibuka di baris {line}; gabungkan sumbernya dalam satu baris, dipisah titik koma</source>
        <translation>a second &apos;Source:&apos; line in the warning block opened on line {line}; put the sources together on one line, separated by semicolons</translation>
    </message>
    <message>
        <source>teks peringatan sesudah baris &apos;Sumber:&apos;; pindahkan ke atasnya</source>
        <translation>warning text after the &apos;Source:&apos; line; move it above that line</translation>
    </message>
    <message>
        <source>tanda Markdown &apos;{markup}&apos; di dalam peringatan akan tampil apa adanya; tulis peringatan sebagai kalimat biasa</source>
        <translation>the Markdown mark &apos;{markup}&apos; inside a warning will be shown as it is; write the warning as plain sentences</translation>
    </message>
    <message>
        <source>blok peringatan yang dibuka di baris {line} belum ditutup dengan &apos;:::&apos; ({where}); tambahkan baris &apos;:::&apos; sesudah baris &apos;Sumber:&apos;</source>
        <translation>the warning block opened on line {line} is not closed with &apos;:::&apos; ({where}); add a &apos;:::&apos; line after the &apos;Source:&apos; line</translation>
    </message>
    <message>
        <source>peringatan tanpa teks</source>
        <translation>warning without text</translation>
    </message>
    <message>
        <source>baris &apos;Sumber:&apos; kosong; tulis sumbernya (atau &apos;artikel&apos;)</source>
        <translation>empty &apos;Source:&apos; line; write the source (or &apos;article&apos;)</translation>
    </message>
    <message>
        <source>peringatan tanpa baris &apos;Sumber: ...&apos; (tulis &apos;Sumber: artikel&apos;)</source>
        <translation>warning without a &apos;Source: ...&apos; line (write &apos;Source: article&apos;)</translation>
    </message>
    <message>
        <source>terlalu banyak peringatan: lebih dari {limit} dalam satu artikel; pecah menjadi beberapa artikel</source>
        <translation>too many warnings: more than {limit} in one article; split it into several articles</translation>
    </message>
    <message>
        <source>sampai akhir berkas</source>
        <extracomment>Completes &quot;the warning block opened on line N is not closed ({where})&quot;.</extracomment>
        <translation>up to the end of the file</translation>
    </message>
    <message>
        <source>blok kode yang dibuka di baris {line} dengan ``` belum ditutup; semua teks sesudahnya akan tampil sebagai kode</source>
        <translation>the code block opened on line {line} with ``` is not closed; all the text after it will be shown as code</translation>
    </message>
    <message>
        <source>artikel tidak punya bagian; tambahkan setidaknya satu &apos;## Judul&apos;</source>
        <translation>the article has no sections; add at least one &apos;## Heading&apos;</translation>
    </message>
    <message>
        <source>bagian &apos;{heading}&apos; kosong</source>
        <translation>section &apos;{heading}&apos; is empty</translation>
    </message>
    <message>
        <source>Judul artikel</source>
        <translation>Article title</translation>
    </message>
    <message>
        <source>Ringkasan 1 sampai 3 kalimat pendek.</source>
        <translation>A summary of 1 to 3 short sentences.</translation>
    </message>
    <message>
        <source>Dari mana isi artikel berasal</source>
        <translation>Where the article&apos;s content comes from</translation>
    </message>
    <message>
        <source>Obat jiwa</source>
        <translation>Mental health medicines</translation>
    </message>
    <message>
        <source>nama lain</source>
        <translation>other name</translation>
    </message>
    <message>
        <source>merek obat</source>
        <translation>brand name</translation>
    </message>
    <message>
        <source>id-artikel-lain</source>
        <extracomment>An example article id: lower-case letters, digits and hyphens only.</extracomment>
        <translation>other-article-id</translation>
    </message>
    <message>
        <source>tiga tanda tambah, bukan &apos;{first}&apos;</source>
        <extracomment>Ends &quot;...; start the article with {found}&quot;. {first}: the line as written.</extracomment>
        <translation>three plus signs, not &apos;{first}&apos;</translation>
    </message>
    <message>
        <source>data artikel di antara dua baris +++ (lihat contoh di content/README.md)</source>
        <extracomment>Ends &quot;...; start the article with {found}&quot;.</extracomment>
        <translation>the article&apos;s data between two +++ lines (see the example in content/README.md)</translation>
    </message>
    <message>
        <source>data awal (front matter) tidak ada: baris pertama harus &apos;{delimiter}&apos;; mulailah artikel dengan {found}</source>
        <translation>the front matter is missing: the first line must be &apos;{delimiter}&apos;; start the article with {found}</translation>
    </message>
    <message>
        <source>data awal (front matter) tidak ditutup dengan baris &apos;{delimiter}&apos;; tambahkan baris {delimiter} sesudah baris terakhir data artikel, sebelum bagian pertama</source>
        <translation>the front matter is not closed with a &apos;{delimiter}&apos; line; add a {delimiter} line after the last line of the article&apos;s data, before the first section</translation>
    </message>
    <message>
        <source>kolom</source>
        <extracomment>The noun that names a key of the front matter: &quot;field &apos;title&apos; ...&quot;.</extracomment>
        <translation>field</translation>
    </message>
    <message>
        <source>data awal tidak dapat dibaca: {problem}</source>
        <translation>the front matter cannot be read: {problem}</translation>
    </message>
    <message>
        <source>kolom wajib &apos;{key}&apos; tidak ada di data awal; tambahkan baris: {example}</source>
        <translation>the required field &apos;{key}&apos; is missing from the front matter; add the line: {example}</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; tidak boleh kosong; tulis isinya di antara tanda kutip, misalnya {example}</source>
        <translation>field &apos;{key}&apos; must not be empty; write its content between the quotes, for example {example}</translation>
    </message>
    <message>
        <source>kolom &apos;id&apos; hanya boleh huruf kecil, angka dan tanda hubung (misalnya obat-demam)</source>
        <translation>field &apos;id&apos; may only have lower-case letters, digits and hyphens (for example fever-medicine)</translation>
    </message>
    <message>
        <source>; tulis: id = &quot;{name}&quot;</source>
        <translation>; write: id = &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>kolom &apos;id&apos; (&apos;{id}&apos;) harus sama dengan nama berkas (&apos;{name}&apos;)</source>
        <translation>field &apos;id&apos; (&apos;{id}&apos;) must be the same as the file name (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>; tulis id = &quot;{name}&quot;, atau ganti nama berkasnya menjadi {id}.md</source>
        <translation>; write id = &quot;{name}&quot;, or rename the file to {id}.md</translation>
    </message>
    <message>
        <source>kolom &apos;next_review&apos; ({due}) lebih awal daripada &apos;last_reviewed&apos; ({last}); tanggal tinjauan berikutnya harus sesudahnya (periksa tahunnya)</source>
        <translation>field &apos;next_review&apos; ({due}) is earlier than &apos;last_reviewed&apos; ({last}); the next review date must come after it (check the year)</translation>
    </message>
    <message>
        <source>nama-berkas</source>
        <extracomment>An example file name without .md: lower-case letters, digits and hyphens only.</extracomment>
        <translation>file-name</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; tidak dikenal; mungkin maksudnya &apos;{close}&apos;: periksa ejaannya (yang dikenal: {known})</source>
        <translation>unknown field &apos;{key}&apos;; perhaps you meant &apos;{close}&apos;: check the spelling (known fields: {known})</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; tidak dikenal; hapus barisnya atau periksa ejaannya (yang dikenal: {known})</source>
        <translation>unknown field &apos;{key}&apos;; remove the line or check the spelling (known fields: {known})</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; harus berupa teks di antara tanda kutip lurus (&quot;)</source>
        <extracomment>Continued by &quot;; write: ...&quot; or &quot;, on one line only, for example ...&quot;.</extracomment>
        <translation>field &apos;{key}&apos; must be text between straight quotes (&quot;)</translation>
    </message>
    <message>
        <source>; tulis: {key} = &quot;{value}&quot;</source>
        <translation>; write: {key} = &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>, satu baris saja, misalnya {example}</source>
        <translation>, on one line only, for example {example}</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; cukup berisi tanggal, tanpa jam; tulis: {key} = {date}</source>
        <translation>field &apos;{key}&apos; needs only a date, without a time; write: {key} = {date}</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; {advice}</source>
        <extracomment>{advice} continues the sentence: &quot;field &apos;x&apos; must be written ...&quot;.</extracomment>
        <translation>field &apos;{key}&apos; {advice}</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; harus tanggal, ditulis tahun-bulan-tanggal tanpa tanda kutip, misalnya {example}</source>
        <translation>field &apos;{key}&apos; must be a date, written year-month-day without quotes, for example {example}</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; harus berupa daftar teks di antara kurung siku [ ], setiap isi di antara tanda kutip lurus (&quot;); misalnya {example}</source>
        <translation>field &apos;{key}&apos; must be a list of texts between square brackets [ ], each item between straight quotes (&quot;); for example {example}</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; berisi teks kosong (&quot;&quot;) pada isi ke-{number}; hapus isi yang kosong itu, atau tulis teksnya di antara tanda kutip</source>
        <translation>field &apos;{key}&apos; has empty text (&quot;&quot;) as item {number}; remove that empty item, or write its text between the quotes</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; harus berupa daftar, walaupun isinya hanya satu</source>
        <extracomment>Continued by &quot;: write it between square brackets ...&quot;.</extracomment>
        <translation>field &apos;{key}&apos; must be a list, even with only one item</translation>
    </message>
    <message>
        <source>: tulis isinya di antara kurung siku, misalnya {example}</source>
        <translation>: write the items between square brackets, for example {example}</translation>
    </message>
    <message>
        <source>: tulis di antara kurung siku [ ], setiap isi di antara tanda kutip dan dipisah koma; tulis: {key} = [{written}]</source>
        <translation>: write it between square brackets [ ], each item between quotes and separated by commas; write: {key} = [{written}]</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos;: isi ke-{number} bukan teks; setiap isi daftar harus di antara tanda kutip lurus (&quot;)</source>
        <extracomment>Continued by &quot;; write: ...&quot; or &quot;, for example ...&quot;.</extracomment>
        <translation>field &apos;{key}&apos;: item {number} is not text; every item of the list must be between straight quotes (&quot;)</translation>
    </message>
    <message>
        <source>; tulis: {key} = [{written}]</source>
        <translation>; write: {key} = [{written}]</translation>
    </message>
    <message>
        <source>, misalnya {example}</source>
        <translation>, for example {example}</translation>
    </message>
    <message>
        <source>kolom &apos;related&apos; memuat id artikel ini sendiri (&apos;{item}&apos;); hapus isi itu: &apos;related&apos; hanya untuk artikel lain</source>
        <translation>field &apos;related&apos; holds this article&apos;s own id (&apos;{item}&apos;); remove that item: &apos;related&apos; is only for other articles</translation>
    </message>
    <message>
        <source>kolom &apos;related&apos;: &apos;{item}&apos; bukan id artikel; tulis id artikel lain, yaitu nama berkasnya tanpa .md (hanya huruf kecil, angka dan tanda hubung)</source>
        <translation>field &apos;related&apos;: &apos;{item}&apos; is not an article id; write the id of another article, that is its file name without .md (only lower-case letters, digits and hyphens)</translation>
    </message>
    <message>
        <source>, misalnya &quot;{guess}&quot;</source>
        <translation>, for example &quot;{guess}&quot;</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; tidak boleh diawali angka 0; tulis: {key} = {number}</source>
        <translation>field &apos;{key}&apos; must not start with the digit 0; write: {key} = {number}</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; harus angka bulat {low} sampai {high}, tanpa tanda kutip</source>
        <extracomment>Continued by &quot;; remove the quotes ...&quot; or &quot;, for example ...&quot;.</extracomment>
        <translation>field &apos;{key}&apos; must be a whole number from {low} to {high}, without quotes</translation>
    </message>
    <message>
        <source>; hapus tanda kutipnya, tulis: {key} = {number}</source>
        <translation>; remove the quotes, write: {key} = {number}</translation>
    </message>
    <message>
        <source>, misalnya {key} = 10</source>
        <translation>, for example {key} = 10</translation>
    </message>
    <message>
        <source>, tanpa koma atau titik; tulis: {key} = {number}</source>
        <translation>, without a comma or point; write: {key} = {number}</translation>
    </message>
    <message>
        <source>, tanpa koma atau titik; tulis: {key} = {lower} atau {key} = {upper}</source>
        <translation>, without a comma or point; write: {key} = {lower} or {key} = {upper}</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; tidak boleh kurang dari {low}; angka kecil tampil lebih dulu, jadi untuk paling depan tulis: {key} = {low}</source>
        <translation>field &apos;{key}&apos; must not be less than {low}; small numbers are shown first, so to be first write: {key} = {low}</translation>
    </message>
    <message>
        <source>kolom &apos;{key}&apos; terlalu besar; pakai angka {low} sampai {high}, misalnya {key} = {high}</source>
        <translation>field &apos;{key}&apos; is too large; use a number from {low} to {high}, for example {key} = {high}</translation>
    </message>
    <message>
        <source>, misalnya {key} = 10 (angka kecil tampil lebih dulu)</source>
        <translation>, for example {key} = 10 (small numbers are shown first)</translation>
    </message>
    <message>
        <source>daftar istilah terlalu panjang: lebih dari {limit} istilah</source>
        <translation>glossary too long: more than {limit} terms</translation>
    </message>
    <message>
        <source>teks sebelum istilah pertama (&apos;## istilah&apos;)</source>
        <translation>text before the first term (&apos;## term&apos;)</translation>
    </message>
    <message>
        <source>istilah &apos;{term}&apos; tidak punya definisi</source>
        <translation>term &apos;{term}&apos; has no definition</translation>
    </message>
    <message>
        <source>istilah &apos;{term}&apos; sudah didefinisikan di baris {line}</source>
        <translation>term &apos;{term}&apos; is already defined on line {line}</translation>
    </message>
    <message>
        <source>baris &apos;Ucapan:&apos; sebelum istilah pertama (&apos;## istilah&apos;)</source>
        <translation>&apos;Pronunciation:&apos; line before the first term (&apos;## term&apos;)</translation>
    </message>
    <message>
        <source>baris &apos;Ucapan:&apos; untuk istilah &apos;{term}&apos; kosong</source>
        <translation>empty &apos;Pronunciation:&apos; line for the term &apos;{term}&apos;</translation>
    </message>
    <message>
        <source>istilah &apos;{term}&apos; sudah punya baris &apos;Ucapan:&apos; di baris {line}</source>
        <translation>term &apos;{term}&apos; already has a &apos;Pronunciation:&apos; line on line {line}</translation>
    </message>
    <message>
        <source>gambar</source>
        <extracomment>{kind} in the messages below: what a link or image names (&quot;the image &apos;x.png&apos; ...&quot;).</extracomment>
        <translation>image</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>alamat &apos;{address}&apos; tidak valid; periksa penulisannya</source>
        <translation>address &apos;{address}&apos; is not valid; check how it is written</translation>
    </message>
    <message>
        <source>berkas &apos;{address}&apos; berada di luar folder konten</source>
        <translation>file &apos;{address}&apos; is outside the content folder</translation>
    </message>
    <message>
        <source>{kind} &apos;{address}&apos; tidak ada</source>
        <translation>{kind} &apos;{address}&apos; does not exist</translation>
    </message>
    <message>
        <source>{kind} &apos;{address}&apos; adalah tautan simbolik yang berputar</source>
        <translation>{kind} &apos;{address}&apos; is a symbolic link that loops</translation>
    </message>
    <message>
        <source>nama {kind} &apos;{address}&apos; terlalu panjang</source>
        <translation>the name of the {kind} &apos;{address}&apos; is too long</translation>
    </message>
    <message>
        <source>{kind} &apos;{address}&apos; tidak dapat dibaca ({reason})</source>
        <translation>{kind} &apos;{address}&apos; cannot be read ({reason})</translation>
    </message>
    <message>
        <source>gambar &apos;{address}&apos; terlalu besar (batas {limit} MiB)</source>
        <translation>image &apos;{address}&apos; is too large (limit {limit} MiB)</translation>
    </message>
    <message>
        <source>tidak dapat dibaca: bukan berkas teks biasa (pipa atau perangkat)</source>
        <translation>cannot be read: not an ordinary text file (a pipe or a device)</translation>
    </message>
    <message>
        <source>berkas terlalu besar ({size} KiB; batas {limit} KiB)</source>
        <translation>file too large ({size} KiB; limit {limit} KiB)</translation>
    </message>
    <message>
        <source>berkas bukan teks UTF-8 (simpan ulang sebagai UTF-8 di penyunting teks)</source>
        <translation>the file is not UTF-8 text (save it again as UTF-8 in a text editor)</translation>
    </message>
    <message>
        <source>tautan simbolik yang berputar</source>
        <extracomment>Each completes &quot;cannot be read: {reason}&quot;, said of a file or folder.</extracomment>
        <translation>a symbolic link that loops</translation>
    </message>
    <message>
        <source>tidak ada (atau tautan simbolik ke berkas yang tidak ada)</source>
        <translation>it does not exist (or is a symbolic link to a file that does not exist)</translation>
    </message>
    <message>
        <source>nama terlalu panjang</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>tidak ada izin membaca</source>
        <translation>no permission to read</translation>
    </message>
    <message>
        <source>tidak dapat dibaca: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <source>akhiran bahasa &apos;.{suffix}&apos; pada nama berkas harus ditulis dengan huruf kecil; ganti nama berkasnya menjadi {name}</source>
        <translation>the language ending &apos;.{suffix}&apos; of the file name must be in lower case; rename the file to {name}</translation>
    </message>
    <message>
        <source>akhiran bahasa &apos;.{suffix}&apos; pada nama berkas tidak dikenal; bahasa yang dikenal: {known}. Terjemahan dinamai &lt;id&gt;.&lt;bahasa&gt;.md, misalnya {example}</source>
        <translation>unknown language ending &apos;.{suffix}&apos; in the file name; known languages: {known}. A translation is named &lt;id&gt;.&lt;language&gt;.md, for example {example}</translation>
    </message>
    <message>
        <source>; mungkin maksudnya {name}</source>
        <extracomment>Added after the message above when the suffix looks like a known language.</extracomment>
        <translation>; perhaps you meant {name}</translation>
    </message>
    <message>
        <source>{original} sudah daftar istilah bahasa Indonesia, jadi berkas ini tidak dipakai; pindahkan istilahnya ke {original}, lalu hapus berkas ini</source>
        <translation>{original} is already the Indonesian glossary, so this file is not used; move its terms to {original}, then delete this file</translation>
    </message>
    <message>
        <source>kolom &apos;id&apos; (&apos;{written}&apos;) harus sama dengan id artikel aslinya, yaitu nama berkas ini tanpa .{language}.md; tulis: id = &quot;{base}&quot;</source>
        <translation>field &apos;id&apos; (&apos;{written}&apos;) must be the same as the original article&apos;s id, that is this file&apos;s name without .{language}.md; write: id = &quot;{base}&quot;</translation>
    </message>
    <message>
        <source>kolom &apos;language&apos; (&apos;{written}&apos;) tidak sama dengan bahasa di nama berkas ({name}); tulis: language = &quot;{language}&quot;</source>
        <translation>field &apos;language&apos; (&apos;{written}&apos;) is not the language in the file name ({name}); write: language = &quot;{language}&quot;</translation>
    </message>
    <message>
        <source>, atau ganti nama berkasnya menjadi {name}</source>
        <extracomment>Added when the front matter names another known language.</extracomment>
        <translation>, or rename the file to {name}</translation>
    </message>
    <message>
        <source>terjemahan ini tidak ditampilkan karena artikel aslinya ({original}) bermasalah; perbaiki dulu masalah di {original} (lihat pesannya)</source>
        <translation>this translation is not shown because its original article ({original}) has problems; first fix the problems in {original} (see their messages)</translation>
    </message>
    <message>
        <source>terjemahan tanpa artikel asli: berkas {original} tidak ada di folder konten; simpan artikel aslinya sebagai {original}, atau periksa ejaan nama berkas ini (nama berkas asli tanpa .{language})</source>
        <translation>a translation without its original article: there is no file {original} in the content folder; save the original article as {original}, or check the spelling of this file&apos;s name (the original&apos;s name without .{language})</translation>
    </message>
    <message>
        <source>artikel asli {original} juga berbahasa &apos;{language}&apos; (kolom &apos;language&apos;-nya), jadi ada dua berkas untuk satu bahasa; perbaiki kolom &apos;language&apos; di {original}, atau hapus berkas ini</source>
        <translation>the original article {original} is also in &apos;{language}&apos; (its &apos;language&apos; field), so there are two files for one language; correct the &apos;language&apos; field in {original}, or delete this file</translation>
    </message>
    <message>
        <source>bagian ini (&apos;## {heading}&apos;) tidak ada di artikel asli: {original} punya {expected} bagian, terjemahan ini {found}; setiap bagian terjemahan harus sesuai dengan satu bagian artikel asli, dalam urutan yang sama</source>
        <translation>this section (&apos;## {heading}&apos;) is not in the original article: sections in {original}: {expected}, in this translation: {found}; each section of the translation must match one section of the original, in the same order</translation>
    </message>
    <message>
        <source>terjemahan ini punya {found} bagian, tetapi artikel asli {original} punya {expected} ({headings}); setiap bagian artikel asli harus ada di terjemahan, dalam urutan yang sama</source>
        <translation>sections in this translation: {found}, but in the original article {original}: {expected} ({headings}); every section of the original must be in the translation, in the same order</translation>
    </message>
    <message>
        <source>bagian {number} punya {expected} peringatan ({expected_levels}) di artikel asli (&apos;## {heading}&apos;), tetapi {found} di terjemahan ini ({found_levels}); terjemahan tidak boleh menghilangkan peringatan</source>
        <translation>section {number} has warnings: {expected} ({expected_levels}) in the original article (&apos;## {heading}&apos;), but {found} in this translation ({found_levels}); a translation must not leave out warnings</translation>
    </message>
    <message>
        <source>bagian {number} punya {expected} peringatan ({expected_levels}) di artikel asli (&apos;## {heading}&apos;), tetapi {found} di terjemahan ini ({found_levels}); peringatan terjemahan harus sama jumlah dan tingkatnya dengan artikel asli</source>
        <translation>section {number} has warnings: {expected} ({expected_levels}) in the original article (&apos;## {heading}&apos;), but {found} in this translation ({found_levels}); a translation&apos;s warnings must match the original&apos;s in number and level</translation>
    </message>
    <message>
        <source>bagian {number} punya peringatan ({expected_levels}) di artikel asli (&apos;## {heading}&apos;), tetapi tingkatnya lain di terjemahan ini ({found_levels}); setiap peringatan terjemahan harus setingkat dengan peringatan aslinya</source>
        <translation>section {number} has warnings ({expected_levels}) in the original article (&apos;## {heading}&apos;), but at other levels in this translation ({found_levels}); each warning of a translation must have the same level as its original</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <extracomment>Shown when a section has no warnings, in &quot;(...)&quot; after the count.</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>berkas ini tidak dapat diproses karena kesalahan tak terduga (rincian di catatan log); periksa isinya atau laporkan ke petugas teknis</source>
        <translation>this file cannot be processed because of an unexpected error (details in the log); check its content or report it to the technical staff</translation>
    </message>
    <message>
        <source>kolom &apos;reviewer&apos; kosong: artikel ditampilkan sebagai belum ditinjau oleh tenaga kesehatan; isi dengan nama dokter atau apoteker yang memeriksanya</source>
        <translation>field &apos;reviewer&apos; is empty: the article is shown as not yet reviewed by a health worker; fill in the name of the doctor or pharmacist who checked it</translation>
    </message>
    <message>
        <source>folder konten tidak ditemukan</source>
        <translation>content folder not found</translation>
    </message>
    <message>
        <source>folder konten tidak dapat dibaca: {reason}</source>
        <translation>the content folder cannot be read: {reason}</translation>
    </message>
    <message>
        <source>tidak ada artikel (*.md) di folder</source>
        <translation>no articles (*.md) in the folder</translation>
    </message>
    <message>
        <source>tag HTML &lt;{tag}&gt; tidak diizinkan dan tidak akan tampil</source>
        <translation>the HTML tag &lt;{tag}&gt; is not allowed and will not be shown</translation>
    </message>
    <message>
        <source>atribut &apos;{name}&apos; pada &lt;{tag}&gt; tidak dipakai dan dibuang dari tampilan</source>
        <translation>the attribute &apos;{name}&apos; on &lt;{tag}&gt; is not used and is left out of what is shown</translation>
    </message>
    <message>
        <source>gambar tanpa alamat berkas</source>
        <translation>image without a file address</translation>
    </message>
    <message>
        <source>judul ini tidak menjadi bagian baru karena ada sesudah blok kode (```) yang belum ditutup</source>
        <translation>this heading does not start a new section because it comes after a code block (```) that is not closed</translation>
    </message>
    <message>
        <source>baris &apos;===&apos; atau &apos;---&apos; tepat di bawah teks menjadikan teks itu judul yang tidak dipakai; tulis judul bagian dengan &apos;## &apos;, atau beri baris kosong di atas &apos;---&apos;</source>
        <translation>a &apos;===&apos; or &apos;---&apos; line right under text makes that text a heading that is not used; write section headings with &apos;## &apos;, or put an empty line above &apos;---&apos;</translation>
    </message>
    <message>
        <source>tautan ke bagian &apos;#{section}&apos; tidak ada</source>
        <translation>link to a section &apos;#{section}&apos; that does not exist</translation>
    </message>
    <message>
        <source>gambar dari internet tidak diizinkan ({address}); simpan di folder konten</source>
        <translation>images from the internet are not allowed ({address}); save the image in the content folder</translation>
    </message>
    <message>
        <source>alamat &apos;{address}&apos; tidak diizinkan; hanya berkas di dalam folder konten</source>
        <translation>address &apos;{address}&apos; is not allowed; only files inside the content folder</translation>
    </message>
    <message>
        <source>; mungkin maksudnya &apos;{fixed}&apos;: periksa ejaannya</source>
        <extracomment>Added after &quot;... is not in the content folder&quot; when a known id is close.</extracomment>
        <translation>; perhaps you meant &apos;{fixed}&apos;: check the spelling</translation>
    </message>
    <message>
        <source>; tulis id artikel lain (nama berkasnya tanpa .md), atau hapus isi itu</source>
        <extracomment>Added after &quot;field &apos;related&apos;: article &apos;x&apos; is not in the content folder&quot;.</extracomment>
        <translation>; write the id of another article (its file name without .md), or remove this entry</translation>
    </message>
    <message>
        <source>; periksa nama berkasnya (tanpa nama folder, diakhiri .md)</source>
        <extracomment>Added after &quot;link &apos;x.md&apos; to the article x.md, which is not in the content folder&quot;.</extracomment>
        <translation>; check the file name (without a folder name, ending in .md)</translation>
    </message>
    <message>
        <source>kolom &apos;related&apos;: artikel &apos;{id}&apos; tidak dapat ditampilkan karena berkas {name} sendiri bermasalah; perbaiki dulu masalah di berkas itu (lihat pesannya)</source>
        <translation>field &apos;related&apos;: article &apos;{id}&apos; cannot be shown because its file {name} has problems of its own; first fix the problems in that file (see their messages)</translation>
    </message>
    <message>
        <source>kolom &apos;related&apos;: artikel &apos;{id}&apos; tidak ada di folder konten</source>
        <translation>field &apos;related&apos;: article &apos;{id}&apos; is not in the content folder</translation>
    </message>
    <message>
        <source>tautan &apos;{address}&apos; menuju artikel {name}, yang tidak dapat ditampilkan karena berkas {name} sendiri bermasalah; perbaiki dulu masalah di berkas itu (lihat pesannya)</source>
        <translation>link &apos;{address}&apos; to the article {name}, which cannot be shown because the file {name} has problems of its own; first fix the problems in that file (see their messages)</translation>
    </message>
    <message>
        <source>tautan &apos;{address}&apos; menuju artikel {name}, yang tidak ada di folder konten</source>
        <translation>link &apos;{address}&apos; to the article {name}, which is not in the content folder</translation>
    </message>
    <message>
        <source>tautan &apos;{address}&apos;: artikel {name} tidak punya bagian &apos;#{section}&apos;</source>
        <translation>link &apos;{address}&apos;: the article {name} has no section &apos;#{section}&apos;</translation>
    </message>
    <message>
        <source>; mungkin maksudnya &apos;{fixed}&apos;</source>
        <extracomment>Added after &quot;link &apos;x&apos;: article y.md has no section &apos;#z&apos;&quot; when one is close.</extracomment>
        <translation>; perhaps you meant &apos;{fixed}&apos;</translation>
    </message>
    <message>
        <source>; id bagian dibuat dari judul bagiannya, yang ada: {sections}</source>
        <extracomment>Added after &quot;link &apos;x&apos;: article y.md has no section &apos;#z&apos;&quot;; {sections}: &quot;#a, #b&quot;.</extracomment>
        <translation>; a section&apos;s id is made from its heading; the sections there are: {sections}</translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <source>Informasi ini tidak menggantikan nasihat dokter atau apoteker Anda. Jangan mengubah atau menghentikan obat tanpa bicara dengan dokter.</source>
        <translation>This information does not replace advice from your doctor or pharmacist. Do not change or stop a medicine without talking to your doctor.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Terang</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Gelap</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Kontras tinggi</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Ikuti sistem</source>
        <translation>Use system</translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tutup pengaturan tampilan</source>
        <translation>Close the display settings</translation>
    </message>
    <message>
        <source>Bahasa:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Warna:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <source>Ukuran tulisan:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <source>Perkecil tulisan</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Perbesar tulisan</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Ukuran tulisan {percent} persen</source>
        <translation>Text size {percent} percent</translation>
    </message>
</context>
<context>
    <name>Emergency</name>
    <message>
        <source>Keadaan darurat? Telepon {number}</source>
        <translation>Emergency? Call {number}</translation>
    </message>
</context>
<context>
    <name>File</name>
    <message>
        <source>disk penuh</source>
        <extracomment>Each completes &quot;Cannot write to the folder X: {reason}&quot; (or &quot;Cannot save X: ...&quot;).</extracomment>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>tidak ada izin menulis</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <source>folder ini hanya-baca (read-only)</source>
        <translation>this folder is read-only</translation>
    </message>
    <message>
        <source>folder tidak ada</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>bukan sebuah folder</source>
        <translation>not a folder</translation>
    </message>
    <message>
        <source>tujuan adalah sebuah folder</source>
        <translation>the target is a folder</translation>
    </message>
    <message>
        <source>nama terlalu panjang</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>tautan (symlink) berputar tanpa ujung</source>
        <translation>a link (symlink) that loops without end</translation>
    </message>
    <message>
        <source>kesalahan baca-tulis pada disk</source>
        <translation>a disk read/write error</translation>
    </message>
    <message>
        <source>berkas terlalu besar untuk disk ini</source>
        <translation>the file is too large for this disk</translation>
    </message>
    <message>
        <source>berkas sedang dipakai program lain</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <source>kuota disk habis</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>Jalur {what} terlalu panjang ({length} karakter): {path}</source>
        <extracomment>{what}: &quot;file&quot;, &quot;folder&quot;, &quot;content folder&quot;, &quot;article file&quot;.</extracomment>
        <translation>The {what} path is too long ({length} characters): {path}</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Nama {what} terlalu panjang ({length} karakter): {path}; pakailah nama yang lebih pendek</source>
        <extracomment>{what}: &quot;file&quot;, &quot;folder&quot;, &quot;content folder&quot;, &quot;article file&quot;.</extracomment>
        <translation>The {what} name is too long ({length} characters): {path}; use a shorter name</translation>
    </message>
    <message>
        <source>Tujuan adalah sebuah folder, bukan berkas: {path}</source>
        <translation>The target is a folder, not a file: {path}</translation>
    </message>
    <message>
        <source>Tujuan bukan berkas biasa: {path}</source>
        <translation>The target is not an ordinary file: {path}</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ada: {folder}</source>
        <translation>The target folder does not exist: {folder}</translation>
    </message>
    <message>
        <source>Tujuan tidak berada di dalam folder: {folder} bukan folder</source>
        <translation>The target is not inside a folder: {folder} is not a folder</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Tidak dapat menulis ke folder {folder}: {reason}</source>
        <translation>Cannot write to the folder {folder}: {reason}</translation>
    </message>
    <message>
        <source>Tujuan {path} adalah tautan (symlink) ke {link}, yang tidak ada; hapus tautan itu atau pilih nama lain</source>
        <translation>The target {path} is a link (symlink) to {link}, which does not exist; remove that link or choose another name</translation>
    </message>
    <message>
        <source>Tujuan {path} adalah tautan (symlink) yang berputar tanpa ujung; hapus tautan itu atau pilih nama lain</source>
        <translation>The target {path} is a link (symlink) that loops without end; remove that link or choose another name</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan {path}: {reason}</source>
        <translation>Cannot save {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Cari di artikel ini…</source>
        <translation>Find in this article…</translation>
    </message>
    <message>
        <source>Cari di artikel ini</source>
        <translation>Find in this article</translation>
    </message>
    <message>
        <source>‹ Sebelumnya</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Temuan sebelumnya</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Berikutnya ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Temuan berikutnya</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tutup pencarian di artikel</source>
        <translation>Close the search in the article</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>{n} dari {total}</source>
        <translation>{n} of {total}</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Cari istilah…</source>
        <translation>Find a term…</translation>
    </message>
    <message>
        <source>Saring daftar istilah</source>
        <translation>Filter the glossary</translation>
    </message>
    <message>
        <source>Daftar istilah A sampai Z</source>
        <translation>Glossary, A to Z</translation>
    </message>
    <message>
        <source>Tidak ada istilah yang cocok.</source>
        <translation>No matching terms.</translation>
    </message>
    <message>
        <source>Juga ditulis: {forms}</source>
        <translation>Also written: {forms}</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>▶ Dengarkan</source>
        <translation>▶ Listen</translation>
    </message>
    <message>
        <source>Dengarkan arti kata</source>
        <translation>Listen to the meaning</translation>
    </message>
    <message>
        <source>Arti kata {term}</source>
        <translation>Meaning of {term}</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Tidak ada artikel (*.md) di folder konten: {folder}</source>
        <translation>No articles (*.md) in the content folder: {folder}</translation>
    </message>
    <message>
        <source>Untuk beberapa artikel sebutkan id-nya, bukan berkas (folder konten dipilih dengan --content): {files}</source>
        <translation>For several articles give their ids, not files (choose the content folder with --content): {files}</translation>
    </message>
    <message>
        <source>Artikel tidak ditemukan: {ids} (tersedia: {known})</source>
        <translation>Article not found: {ids} (available: {known})</translation>
    </message>
    <message>
        <source>Tujuan bukan folder: {output} (untuk beberapa artikel, -o adalah folder)</source>
        <translation>The target is not a folder: {output} (for several articles, -o is a folder)</translation>
    </message>
    <message>
        <source>Untuk beberapa artikel, -o adalah folder, bukan berkas .pdf: {output}</source>
        <translation>For several articles, -o is a folder, not a .pdf file: {output}</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ada: {folder}</source>
        <translation>The target folder does not exist: {folder}</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat dibuat: {reason}</source>
        <translation>The folder {folder} cannot be made: {reason}</translation>
    </message>
    <message>
        <source>tidak ada izin menulis</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <source>{written} handout ditulis, {failed} gagal</source>
        <extracomment>{written}, {failed}: counts of handouts (PDF files); the count is said first.</extracomment>
        <translation>handouts written: {written}, failed: {failed}</translation>
    </message>
    <message>
        <source>, {count} tidak dikerjakan</source>
        <extracomment>Appended after a stop: the articles that were not tried.</extracomment>
        <translation>, not tried: {count}</translation>
    </message>
    <message>
        <source>{path}: artikel tidak dapat dibaca</source>
        <translation>{path}: the article cannot be read</translation>
    </message>
    <message>
        <source> (dan 1 masalah lain)</source>
        <translation> (and 1 more problem)</translation>
    </message>
    <message>
        <source> (dan {count} masalah lain)</source>
        <translation> (and {count} more problems)</translation>
    </message>
    <message>
        <source>berkas artikel</source>
        <translation>article file</translation>
    </message>
    <message>
        <source>Berkas artikel tidak ditemukan: {path}</source>
        <translation>Article file not found: {path}</translation>
    </message>
    <message>
        <source>Bukan berkas artikel: {path}</source>
        <translation>Not an article file: {path}</translation>
    </message>
    <message>
        <source>folder konten</source>
        <translation>content folder</translation>
    </message>
    <message>
        <source>Folder konten tidak ditemukan: {folder}</source>
        <translation>Content folder not found: {folder}</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <extracomment>Shown as the available articles when the folder has none: &quot;(available: none)&quot;.</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>tidak ada izin membuka</source>
        <translation>no permission to open it</translation>
    </message>
    <message>
        <source>{what} tidak dapat dibuka: {path} ({reason})</source>
        <extracomment>{what}: &quot;content folder&quot; or &quot;article file&quot;; written with a capital first letter.</extracomment>
        <translation>{what} cannot be opened: {path} ({reason})</translation>
    </message>
    <message>
        <source>{id}: tidak ada terjemahan dalam bahasa &apos;{language}&apos;; dicetak dalam bahasa aslinya (&apos;{original}&apos;)</source>
        <translation>{id}: no translation in the language &apos;{language}&apos;; printed in its original language (&apos;{original}&apos;)</translation>
    </message>
    <message>
        <source>istilah dilewati: {problem}</source>
        <translation>term left out: {problem}</translation>
    </message>
    <message>
        <source>PDF tidak dapat dibuat: {reason}</source>
        <translation>The PDF cannot be made: {reason}</translation>
    </message>
    <message>
        <source>{path}: 1 halaman</source>
        <translation>{path}: 1 page</translation>
    </message>
    <message>
        <source>{path}: {pages} halaman</source>
        <translation>{path}: {pages} pages</translation>
    </message>
    <message>
        <source>perangkat tidak dapat dipakai untuk menggambar halaman</source>
        <extracomment>Completes &quot;The PDF cannot be made: {reason}&quot;.</extracomment>
        <translation>the device cannot be used to draw pages</translation>
    </message>
    <message>
        <source>perangkat menolak halaman baru</source>
        <translation>the device refused a new page</translation>
    </message>
    <message>
        <source>Halaman {page} dari {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Dicetak: {date}</source>
        <translation>Printed: {date}</translation>
    </message>
    <message>
        <source>Baca bagian ini lebih dulu.</source>
        <translation>Read this part first.</translation>
    </message>
    <message>
        <source>Istilah</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Kata yang dicetak tebal di lembar ini dijelaskan di sini, urut abjad.</source>
        <translation>The words in bold on this sheet are explained here, from A to Z.</translation>
    </message>
    <message>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Dosis:</source>
        <translation>Dose:</translation>
    </message>
    <message>
        <source>Kontrol berikutnya:</source>
        <translation>Next check-up:</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kata yang dicetak tebal dijelaskan di bagian {glossary}, di akhir lembar ini.</source>
        <translation>Words in bold are explained under {glossary}, at the end of this sheet.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Pilih artikel untuk dibaca</source>
        <translation>Choose an article to read</translation>
    </message>
    <message>
        <source>Belum ada artikel untuk ditampilkan.</source>
        <translation>There are no articles to show yet.</translation>
    </message>
    <message>
        <source>Beranda: daftar artikel</source>
        <translation>Home: list of articles</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>{count} artikel</source>
        <translation>Articles: {count}</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message>
        <source>Masih membaca?</source>
        <translation>Still reading?</translation>
    </message>
    <message>
        <source>Ketuk layar untuk terus membaca</source>
        <translation>Tap the screen to keep reading</translation>
    </message>
    <message>
        <source>Terus membaca</source>
        <translation>Keep reading</translation>
    </message>
    <message>
        <source>Pemberitahuan: layar akan kembali ke awal</source>
        <translation>Notice: the screen will go back to the start</translation>
    </message>
    <message numerus="yes">
        <source>Halaman kembali ke awal dalam %n detik</source>
        <translation>
            <numerusform>Going back to the start in %n second</numerusform>
            <numerusform>Going back to the start in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>kunci &apos;{key}&apos; {message}</source>
        <extracomment>{message} continues the sentence: &quot;key &apos;idle_timeout&apos; must be a whole number&quot;.</extracomment>
        <translation>key &apos;{key}&apos; {message}</translation>
    </message>
    <message>
        <source>berkas konfigurasi kios tidak ditemukan (dicari di: {searched}); gunakan --config FILE</source>
        <translation>kiosk configuration file not found (looked in: {searched}); use --config FILE</translation>
    </message>
    <message>
        <source>berkas tidak dapat dibaca ({reason})</source>
        <translation>the file cannot be read ({reason})</translation>
    </message>
    <message>
        <source>bukan teks UTF-8</source>
        <translation>not UTF-8 text</translation>
    </message>
    <message>
        <source>kunci</source>
        <extracomment>The noun that names a key of kiosk.toml: &quot;key &apos;idle_timeout&apos; ...&quot;.</extracomment>
        <translation>key</translation>
    </message>
    <message>
        <source>tidak dikenal</source>
        <extracomment>Said of a key: &quot;key &apos;idle_timout&apos; is not known&quot;.</extracomment>
        <translation>is not known</translation>
    </message>
    <message>
        <source>belum diatur; jalankan: patient-viewer kiosk-pin --config {path}</source>
        <extracomment>Said of the key pin_hash: &quot;key &apos;pin_hash&apos; is not set; run: ...&quot;.</extracomment>
        <translation>is not set; run: patient-viewer kiosk-pin --config {path}</translation>
    </message>
    <message>
        <source>harus bilangan bulat, bukan teks; hapus tanda kutipnya: {value}</source>
        <translation>must be a whole number, not text; remove the quotes: {value}</translation>
    </message>
    <message>
        <source>harus bilangan bulat, bukan {type}</source>
        <translation>must be a whole number, not {type}</translation>
    </message>
    <message>
        <source>harus antara {low} dan {high}, bukan {value}</source>
        <translation>must be between {low} and {high}, not {value}</translation>
    </message>
    <message>
        <source>harus teks dalam tanda kutip, bukan {type}</source>
        <translation>must be text in quotes, not {type}</translation>
    </message>
    <message>
        <source>terlalu panjang (paling banyak {limit} karakter)</source>
        <translation>is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>bukan nomor telepon yang sah: {number}</source>
        <translation>is not a valid phone number: {number}</translation>
    </message>
    <message>
        <source>harus daftar id artikel, misalnya [&quot;clonazepam-depresi&quot;]</source>
        <translation>must be a list of article ids, for example [&quot;clonazepam-depresi&quot;]</translation>
    </message>
    <message>
        <source>bukan id artikel yang sah: {id}</source>
        <translation>has an article id that is not valid: {id}</translation>
    </message>
    <message>
        <source>memuat id artikel yang sama dua kali</source>
        <translation>lists the same article id twice</translation>
    </message>
    <message>
        <source>harus true atau false, tanpa tanda kutip</source>
        <translation>must be true or false, without quotes</translation>
    </message>
    <message>
        <source>harus id satu artikel, misalnya &quot;clonazepam-depresi&quot;</source>
        <translation>must be the id of one article, for example &quot;clonazepam-depresi&quot;</translation>
    </message>
    <message>
        <source>harus salah satu dari {choices}, bukan {value}</source>
        <translation>must be one of {choices}, not {value}</translation>
    </message>
    <message>
        <source>tidak boleh kosong</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>nama folder berisi karakter yang tidak sah: {name}</source>
        <translation>has a folder name with a character that is not allowed: {name}</translation>
    </message>
    <message>
        <source>folder tidak ditemukan: {folder}</source>
        <translation>names a folder that is not found: {folder}</translation>
    </message>
    <message>
        <source>folder tidak dapat dibuka (tautan simbolik yang berputar ke dirinya sendiri)</source>
        <translation>names a folder that cannot be opened (a symbolic link that loops back to itself)</translation>
    </message>
    <message>
        <source>nama folder terlalu panjang</source>
        <translation>has a folder name that is too long</translation>
    </message>
    <message>
        <source>folder tidak boleh dibuka (tidak ada izin)</source>
        <translation>names a folder that may not be opened (no permission)</translation>
    </message>
    <message>
        <source>folder tidak dapat dibuka (kode {code})</source>
        <translation>names a folder that cannot be opened (code {code})</translation>
    </message>
    <message>
        <source>tidak sah ({reason}); atur ulang dengan: patient-viewer kiosk-pin --config {path}</source>
        <translation>is not valid ({reason}); set it again with: patient-viewer kiosk-pin --config {path}</translation>
    </message>
    <message>
        <source>angka</source>
        <extracomment>Kinds of TOML value, completing &quot;must be a whole number, not {type}&quot;.</extracomment>
        <translation>a number</translation>
    </message>
    <message>
        <source>angka desimal</source>
        <translation>a decimal number</translation>
    </message>
    <message>
        <source>teks</source>
        <translation>text</translation>
    </message>
    <message>
        <source>daftar</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>tabel</source>
        <translation>a table</translation>
    </message>
    <message>
        <source>OK: {path}: {count} artikel; {printing}</source>
        <translation>OK: {path}: articles: {count}; {printing}</translation>
    </message>
    <message>
        <source>tanpa tombol cetak (print_limit = 0)</source>
        <translation>no print button (print_limit = 0)</translation>
    </message>
    <message>
        <source>printer belum diatur (&quot;Cetak lembar ini&quot; meminta pembaca memanggil petugas)</source>
        <extracomment>The quoted words are the print button&apos;s; keep them as the window shows them.</extracomment>
        <translation>no printer set (&quot;Print this sheet&quot; asks the reader to call a staff member)</translation>
    </message>
    <message>
        <source>printer &apos;{printer}&apos; tersedia</source>
        <translation>printer &apos;{printer}&apos; is available</translation>
    </message>
    <message>
        <source>semua angkanya sama (seperti 1111)</source>
        <extracomment>Completes &quot;This PIN is too easy to guess: {reason}.&quot;</extracomment>
        <translation>all its digits are the same (like 1111)</translation>
    </message>
    <message>
        <source>angkanya berurutan naik atau turun (seperti 1234 atau 9876)</source>
        <extracomment>Completes &quot;This PIN is too easy to guess: {reason}.&quot;</extracomment>
        <translation>its digits go up or down in a row (like 1234 or 9876)</translation>
    </message>
    <message>
        <source>bentuknya harus scrypt$n$r$p$garam$hash</source>
        <extracomment>Completes &quot;key &apos;pin_hash&apos; is not valid ({reason}); ...&quot;. Keep &quot;scrypt$n$r$p$&quot;.</extracomment>
        <translation>its form must be scrypt$n$r$p$salt$hash</translation>
    </message>
    <message>
        <source>angka atau base64 di dalamnya rusak</source>
        <translation>a number or the base64 in it is damaged</translation>
    </message>
    <message>
        <source>parameter scrypt di luar batas</source>
        <translation>scrypt parameters out of range</translation>
    </message>
    <message>
        <source>parameter scrypt terlalu berat untuk kios ini</source>
        <translation>scrypt parameters too heavy for this kiosk</translation>
    </message>
    <message>
        <source>garam atau hash terlalu pendek</source>
        <translation>salt or hash too short</translation>
    </message>
    <message>
        <source>Dibatalkan; PIN tidak diubah.</source>
        <translation>Cancelled; the PIN was not changed.</translation>
    </message>
    <message>
        <source>berkas bukan teks UTF-8</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>tidak ada izin</source>
        <translation>no permission</translation>
    </message>
    <message>
        <source>PIN petugas disimpan di {path} (hanya hash-nya, bukan PIN-nya).</source>
        <translation>Staff PIN saved in {path} (only its hash, not the PIN itself).</translation>
    </message>
    <message>
        <source>Catatan: konfigurasi masih bermasalah: {problem}</source>
        <translation>Note: the configuration still has a problem: {problem}</translation>
    </message>
    <message>
        <source>{path}: tidak dapat menyimpan PIN ({reason})</source>
        <translation>{path}: cannot save the PIN ({reason})</translation>
    </message>
    <message>
        <source>{low}-{high} angka</source>
        <translation>{low}-{high} digits</translation>
    </message>
    <message>
        <source>PIN petugas baru ({rule}): </source>
        <translation>New staff PIN ({rule}): </translation>
    </message>
    <message>
        <source>PIN harus terdiri dari {rule} saja; PIN tidak diubah.</source>
        <translation>The PIN must be {rule} only; the PIN was not changed.</translation>
    </message>
    <message>
        <source>PIN ini terlalu mudah ditebak: {reason}. Pilih angka yang sulit ditebak orang lain, bukan angka yang sama semua dan bukan urutan, sebaiknya 6 angka atau lebih; PIN tidak diubah.</source>
        <translation>This PIN is too easy to guess: {reason}. Choose digits that others cannot guess easily, not all the same and not a sequence, preferably 6 digits or more; the PIN was not changed.</translation>
    </message>
    <message>
        <source>Ulangi PIN: </source>
        <translation>Repeat the PIN: </translation>
    </message>
    <message>
        <source>Kedua PIN tidak sama; PIN tidak diubah.</source>
        <translation>The two PINs are not the same; the PIN was not changed.</translation>
    </message>
    <message>
        <source>konten tidak dapat dimuat: {content} (lihat log)</source>
        <extracomment>Said of the key content: &quot;key &apos;content&apos; names content that cannot be loaded: ...&quot;.</extracomment>
        <translation>names content that cannot be loaded: {content} (see the log)</translation>
    </message>
    <message>
        <source>tidak ada artikel yang dapat ditampilkan di {content}</source>
        <translation>names a folder with no article that can be shown: {content}</translation>
    </message>
    <message>
        <source>artikel {ids} tidak ada (atau rusak) di {content}</source>
        <translation>lists articles that are not in {content} (or are broken): {ids}</translation>
    </message>
    <message>
        <source>artikel awal {start} tidak ada di daftar artikel kios (atau rusak)</source>
        <translation>names the start article {start}, which is not in the kiosk&apos;s list of articles (or is broken)</translation>
    </message>
    <message>
        <source>{problem}. Kios tetap berjalan; &quot;Cetak lembar ini&quot; meminta pembaca memanggil petugas.</source>
        <translation>{problem}. The kiosk keeps running; &quot;Print this sheet&quot; asks the reader to call a staff member.</translation>
    </message>
    <message>
        <source>menyebut printer &apos;{name}&apos;, tetapi sistem ini belum punya printer sama sekali</source>
        <extracomment>Said of the key printer: &quot;key &apos;printer&apos; names the printer &apos;x&apos;, but ...&quot;.</extracomment>
        <translation>names the printer &apos;{name}&apos;, but this system has no printer at all</translation>
    </message>
    <message>
        <source>menyebut printer &apos;{name}&apos;, yang tidak ada di sistem ini; printer yang ada: {present}</source>
        <extracomment>Said of the key printer; {present}: the system&apos;s printers, &quot;&apos;a&apos;, &apos;b&apos;&quot;.</extracomment>
        <translation>names the printer &apos;{name}&apos;, which is not on this system; this system&apos;s printers: {present}</translation>
    </message>
</context>
<context>
    <name>KioskPrinting</name>
    <message>
        <source>Cetak lembar ini</source>
        <translation>Print this sheet</translation>
    </message>
    <message>
        <source>Cetak lembar ini untuk dibawa pulang</source>
        <translation>Print this sheet to take home</translation>
    </message>
    <message>
        <source>Lembar ini sudah dicetak {limit} kali. Untuk salinan lain, silakan minta bantuan petugas.</source>
        <translation>This sheet has been printed as many times as allowed ({limit}). For another copy, please ask a staff member.</translation>
    </message>
    <message>
        <source>Printer tidak tersedia. Silakan minta bantuan petugas.</source>
        <translation>The printer is not available. Please ask a staff member for help.</translation>
    </message>
    <message>
        <source>Maaf, lembar ini tidak dapat dicetak. Silakan minta bantuan petugas.</source>
        <translation>Sorry, this sheet cannot be printed. Please ask a staff member for help.</translation>
    </message>
    <message>
        <source>Sedang dicetak… Silakan ambil lembarnya di printer.</source>
        <translation>Printing… Please take your sheet from the printer.</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>DARURAT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source>PERINGATAN</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <source>PERHATIAN</source>
        <translation>CAUTION</translation>
    </message>
    <message>
        <source>Segera bertindak</source>
        <translation>Act now</translation>
    </message>
    <message>
        <source>Bicarakan dengan dokter</source>
        <translation>Talk to your doctor</translation>
    </message>
    <message>
        <source>Baik untuk diketahui</source>
        <translation>Good to know</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tautan ke luar tidak dibuka di aplikasi ini. Alamatnya: {address} — Anda dapat membukanya nanti di perangkat lain.</source>
        <translation>Links to outside pages do not open in this app. The address is: {address} — you can open it later on another device.</translation>
    </message>
    <message>
        <source>Informasi Obat untuk Pasien</source>
        <translation>Medicine Information for Patients</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Daftar isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Istilah</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Belum ada artikel yang dapat ditampilkan.

Mohon beri tahu petugas klinik. Petugas dapat memeriksa folder konten dengan perintah: patient-viewer check</source>
        <translation>There are no articles that can be shown yet.

Please tell the clinic staff. Staff can check the content folder with the command: patient-viewer check</translation>
    </message>
    <message>
        <source>Pencarian — Informasi Obat untuk Pasien</source>
        <translation>Search — Medicine Information for Patients</translation>
    </message>
    <message>
        <source>Beranda — Informasi Obat untuk Pasien</source>
        <translation>Home — Medicine Information for Patients</translation>
    </message>
    <message>
        <source>Artikel ini belum dapat ditampilkan. Artikel lain tetap dapat dibaca. Petugas klinik dapat memeriksa penyebabnya.</source>
        <translation>This article cannot be shown yet. Other articles can still be read. The clinic staff can check the cause.</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>{title} — Informasi Obat untuk Pasien</source>
        <translation>{title} — Medicine Information for Patients</translation>
    </message>
    <message>
        <source>Sebagian informasi belum dapat ditampilkan. Informasi lain tetap dapat dibaca. Petugas klinik dapat memeriksa penyebabnya.</source>
        <translation>Some information cannot be shown yet. The rest can still be read. The clinic staff can check the cause.</translation>
    </message>
    <message>
        <source>Informasi belum dapat ditampilkan. Mohon beri tahu petugas klinik.</source>
        <translation>The information cannot be shown yet. Please tell the clinic staff.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Keluar dari mode kios</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Angka {d}</source>
        <translation>Digit {d}</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus angka terakhir</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Periksa PIN</source>
        <translation>Check the PIN</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Batal, kembali ke artikel</source>
        <translation>Cancel, back to the article</translation>
    </message>
    <message>
        <source>Papan PIN petugas</source>
        <translation>Staff PIN pad</translation>
    </message>
    <message>
        <source>Masukkan PIN petugas</source>
        <translation>Enter the staff PIN</translation>
    </message>
    <message>
        <source>{n} angka dimasukkan</source>
        <translation>Digits entered: {n}</translation>
    </message>
    <message numerus="yes">
        <source>PIN salah. Coba lagi dalam %n detik.</source>
        <translation>
            <numerusform>Wrong PIN. Try again in %n second.</numerusform>
            <numerusform>Wrong PIN. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN salah. Silakan coba lagi.</source>
        <translation>Wrong PIN. Please try again.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Cetak lembar informasi untuk pasien</source>
        <translation>Print the information sheet for the patient</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Simpan lembar informasi sebagai PDF</source>
        <translation>Save the information sheet as a PDF</translation>
    </message>
    <message>
        <source>Belum ada artikel untuk dicetak.</source>
        <translation>There is no article to print yet.</translation>
    </message>
    <message>
        <source>Lembar informasi tidak dapat dicetak</source>
        <translation>The information sheet cannot be printed</translation>
    </message>
    <message>
        <source>Maaf, lembar informasi tidak dapat disiapkan untuk dicetak. Kesalahan ini sudah dicatat. Coba sekali lagi, atau mintalah bantuan petugas.</source>
        <translation>Sorry, the information sheet could not be prepared for printing. The error has been recorded. Try once more, or ask a staff member for help.</translation>
    </message>
    <message>
        <source>PDF tidak tersimpan</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan.

{reason}

Coba pilih folder lain.</source>
        <translation>The PDF cannot be saved.

{reason}

Try choosing another folder.</translation>
    </message>
    <message>
        <source>Maaf, PDF tidak dapat dibuat. Kesalahan ini sudah dicatat.</source>
        <translation>Sorry, the PDF could not be made. The error has been recorded.</translation>
    </message>
    <message>
        <source>PDF disimpan: {path} ({pages} halaman)</source>
        <translation>PDF saved: {path} (pages: {pages})</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Pratinjau cetak: {title}</source>
        <translation>Print preview: {title}</translation>
    </message>
    <message>
        <source>Simpan lembar informasi sebagai PDF</source>
        <translation>Save the information sheet as a PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>menyiapkan suara…</source>
        <translation>preparing the voice…</translation>
    </message>
    <message>
        <source>Fitur baca suara sedang disiapkan…</source>
        <translation>Reading aloud is being prepared…</translation>
    </message>
</context>
<context>
    <name>ReaderToolbar</name>
    <message>
        <source>Informasi Obat untuk Pasien</source>
        <translation>Medicine Information for Patients</translation>
    </message>
    <message>
        <source>☰ Daftar isi</source>
        <translation>☰ Contents</translation>
    </message>
    <message>
        <source>Daftar isi dan daftar istilah</source>
        <translation>Contents and glossary</translation>
    </message>
    <message>
        <source>Perkecil tulisan</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Perbesar tulisan</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Kembali ke tempat sebelumnya</source>
        <translation>Back to the previous place</translation>
    </message>
    <message>
        <source>Maju ›</source>
        <translation>Forward ›</translation>
    </message>
    <message>
        <source>Maju lagi ke tempat berikutnya</source>
        <translation>Forward again to the next place</translation>
    </message>
    <message>
        <source>⌂ Beranda</source>
        <translation>⌂ Home</translation>
    </message>
    <message>
        <source>Beranda: semua artikel</source>
        <translation>Home: all articles</translation>
    </message>
    <message>
        <source>Aa Tampilan</source>
        <translation>Aa Display</translation>
    </message>
    <message>
        <source>Tampilan: bahasa, warna, ukuran tulisan</source>
        <translation>Display: language, colours, text size</translation>
    </message>
    <message>
        <source>Cari artikel…</source>
        <translation>Search articles…</translation>
    </message>
    <message>
        <source>Cari artikel</source>
        <translation>Search articles</translation>
    </message>
    <message>
        <source>Cari di semua artikel (Ctrl+F atau /)</source>
        <translation>Search all articles (Ctrl+F or /)</translation>
    </message>
    <message>
        <source>Buka semua</source>
        <translation>Open all</translation>
    </message>
    <message>
        <source>Buka semua bagian</source>
        <translation>Open all sections</translation>
    </message>
    <message>
        <source>Tutup semua</source>
        <translation>Close all</translation>
    </message>
    <message>
        <source>Tutup semua bagian</source>
        <translation>Close all sections</translation>
    </message>
    <message>
        <source>Ukuran tulisan {percent} persen</source>
        <translation>Text size {percent} percent</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Artikel ini belum diperiksa oleh tenaga kesehatan.</source>
        <translation>This article has not yet been checked by a health worker.</translation>
    </message>
    <message>
        <source>Terakhir ditinjau: {last} · Tinjauan berikutnya: {due} · Peninjau: {name}</source>
        <translation>Last reviewed: {last} · Next review: {due} · Reviewer: {name}</translation>
    </message>
    <message>
        <source>Informasi ini mungkin sudah tidak terbaru. Tanyakan kepada dokter atau apoteker.</source>
        <translation>This information may be out of date. Ask your doctor or pharmacist.</translation>
    </message>
    <message>
        <source>Informasi ini mungkin sudah tidak terbaru: jadwal tinjauan ulangnya ({due}) sudah lewat. Tanyakan kepada dokter atau apoteker.</source>
        <translation>This information may be out of date: its review was due on {due}. Ask your doctor or pharmacist.</translation>
    </message>
</context>
<context>
    <name>RiskItemWidget</name>
    <message>
        <source>Baca penjelasannya ›</source>
        <translation>Read more ›</translation>
    </message>
    <message>
        <source>Baca bagian {heading}</source>
        <translation>Read the section {heading}</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>▶ Dengarkan peringatan</source>
        <translation>▶ Listen to warnings</translation>
    </message>
    <message>
        <source>Dengarkan semua peringatan, yang darurat lebih dulu</source>
        <translation>Listen to all warnings, urgent ones first</translation>
    </message>
    <message>
        <source>Panel peringatan risiko</source>
        <translation>Risk warnings panel</translation>
    </message>
    <message>
        <source>{urgent} darurat, {warning} peringatan, {caution} perhatian</source>
        <translation>{urgent} urgent, {warning} warning, {caution} caution</translation>
    </message>
    <message>
        <source>Tampilkan semua peringatan ({count} lagi)</source>
        <translation>Show all warnings ({count} more)</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>tidak ada yang cocok dengan “{query}”</source>
        <translation>nothing matches “{query}”</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Cari artikel, obat, atau keluhan…</source>
        <translation>Search articles, medicines or symptoms…</translation>
    </message>
    <message>
        <source>Cari artikel</source>
        <translation>Search articles</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Hasil pencarian: “{query}”</source>
        <translation>Search results: “{query}”</translation>
    </message>
    <message>
        <source>{count} hasil</source>
        <translation>Results: {count}</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok. Coba kata lain, misalnya nama obat atau keluhan.</source>
        <translation>Nothing matches. Try other words, for example the name of a medicine or a symptom.</translation>
    </message>
    <message>
        <source>(Daftar pencarian masih disiapkan; hasil bisa bertambah.)</source>
        <translation>(The search list is still being prepared; more results may appear.)</translation>
    </message>
    <message>
        <source>Tampilkan {count} hasil lagi</source>
        <translation>Show more results ({count})</translation>
    </message>
    <message>
        <source>Di awal artikel</source>
        <translation>At the start of the article</translation>
    </message>
    <message>
        <source>Bagian: {heading}</source>
        <translation>Section: {heading}</translation>
    </message>
</context>
<context>
    <name>SectionHeader</name>
    <message>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <source>tertutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>{heading}, bagian {state}</source>
        <translation>{heading}, section {state}</translation>
    </message>
    <message>
        <source>tutup</source>
        <translation>close</translation>
    </message>
    <message>
        <source>buka</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Tekan Enter atau Spasi untuk {action} bagian ini</source>
        <translation>Press Enter or Space to {action} this section</translation>
    </message>
    <message>
        <source>Ketuk untuk {action} bagian ini</source>
        <translation>Tap to {action} this section</translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <source>▶ Dengarkan</source>
        <translation>▶ Listen</translation>
    </message>
    <message>
        <source>Dengarkan bagian {heading}</source>
        <translation>Listen to the section {heading}</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>dari artikel</source>
        <translation>from the article</translation>
    </message>
    <message>
        <source>Sumber: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>FDA (badan pengawas obat AS)</source>
        <translation>FDA (the US medicines regulator)</translation>
    </message>
    <message>
        <source>NHS (layanan kesehatan nasional Inggris)</source>
        <translation>NHS (the UK&apos;s National Health Service)</translation>
    </message>
    <message>
        <source>MHRA (badan pengawas obat Inggris)</source>
        <translation>MHRA (the UK medicines regulator)</translation>
    </message>
    <message>
        <source>brosur obat resmi untuk pasien di Inggris</source>
        <translation>the official patient leaflet in the UK</translation>
    </message>
    <message>
        <source>ILAE (perhimpunan ahli epilepsi sedunia)</source>
        <translation>ILAE (the International League Against Epilepsy)</translation>
    </message>
    <message>
        <source>MotherToBaby (layanan informasi obat untuk ibu hamil dan menyusui)</source>
        <translation>MotherToBaby (medicine information for pregnancy and breastfeeding)</translation>
    </message>
    <message>
        <source>Epilepsy Foundation (yayasan epilepsi AS)</source>
        <translation>Epilepsy Foundation (a US epilepsy charity)</translation>
    </message>
    <message>
        <source>Cochrane (tinjauan penelitian)</source>
        <translation>Cochrane (reviews of research)</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>speech self-test GAGAL: QtTextToSpeech tidak ada ({error})</source>
        <translation>speech self-test FAILED: QtTextToSpeech is missing ({error})</translation>
    </message>
    <message>
        <source>speech self-test GAGAL: mesin &apos;mock&apos; tidak ada ({engines})</source>
        <translation>speech self-test FAILED: no &apos;mock&apos; engine ({engines})</translation>
    </message>
    <message>
        <source>speech self-test GAGAL: keadaan {states}, kata {words}</source>
        <translation>speech self-test FAILED: states {states}, words {words}</translation>
    </message>
    <message>
        <source>Fitur baca suara tidak tersedia di komputer ini.</source>
        <translation>Reading aloud is not available on this computer.</translation>
    </message>
    <message>
        <source>Fitur baca suara sedang disiapkan.</source>
        <translation>Reading aloud is being prepared.</translation>
    </message>
    <message>
        <source>Suara untuk bahasa ini ({code}) belum terpasang di komputer ini.</source>
        <translation>No voice for this language ({code}) is installed on this computer yet.</translation>
    </message>
    <message>
        <source>Suara untuk bahasa {language} belum terpasang di komputer ini.</source>
        <translation>No voice for {language} is installed on this computer yet.</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <extracomment>A language&apos;s name as a reader says it, completing &quot;No voice for {language} ...&quot;.</extracomment>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>Inggris</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Jawa</source>
        <translation>Javanese</translation>
    </message>
    <message>
        <source>Sunda</source>
        <translation>Sundanese</translation>
    </message>
    <message>
        <source>Melayu</source>
        <translation>Malay</translation>
    </message>
    <message>
        <source>Arab</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation>Mandarin</translation>
    </message>
    <message>
        <source>Belanda</source>
        <translation>Dutch</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Jeda membaca</source>
        <translation>Pause reading</translation>
    </message>
    <message>
        <source>■ Berhenti</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <source>sangat pelan</source>
        <translation>very slow</translation>
    </message>
    <message>
        <source>pelan</source>
        <translation>slow</translation>
    </message>
    <message>
        <source>biasa</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>cepat</source>
        <translation>fast</translation>
    </message>
    <message>
        <source>Berhenti membaca</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Lebih pelan</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Bacakan lebih pelan</source>
        <translation>Read more slowly</translation>
    </message>
    <message>
        <source>Lebih cepat</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Bacakan lebih cepat</source>
        <translation>Read faster</translation>
    </message>
    <message>
        <source>Membacakan: {what}</source>
        <translation>Reading aloud: {what}</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Lanjutkan membaca</source>
        <translation>Resume reading</translation>
    </message>
    <message>
        <source>Kecepatan: {name}</source>
        <translation>Speed: {name}</translation>
    </message>
</context>
<context>
    <name>TocPanel</name>
    <message>
        <source>Daftar isi</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>Toml</name>
    <message>
        <source>bentuknya harus nama = nilai: teks di antara tanda kutip lurus (&quot;), angka dan tanggal tanpa tanda kutip</source>
        <translation>the form must be name = value: text between straight quotes (&quot;), numbers and dates without quotes</translation>
    </message>
    <message>
        <source>{noun} &apos;{key}&apos;</source>
        <extracomment>{noun}: &quot;field&quot; (an article&apos;s front matter) or &quot;key&quot; (kiosk.toml).</extracomment>
        <translation>{noun} &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>baris ini</source>
        <extracomment>The subject of the advice when the line has no key: &quot;this line has no = sign&quot;.</extracomment>
        <translation>this line</translation>
    </message>
    <message>
        <source>{subject} {predicate}</source>
        <extracomment>{subject} &quot;field &apos;x&apos;&quot; or &quot;this line&quot;; {predicate} what is wrong and what to do.</extracomment>
        <translation>{subject} {predicate}</translation>
    </message>
    <message>
        <source>membuka tanda kutip tiga ({quote}) yang tidak ditutup; tutup dengan {quote}, atau tulis teksnya dalam satu baris di antara tanda kutip lurus (&quot;)</source>
        <extracomment>This and the other advice of the TOML reader continue a sentence whose subject is the key or the line: &quot;field &apos;title&apos; opens ...&quot;, &quot;this line opens ...&quot;.</extracomment>
        <translation>opens triple quotes ({quote}) that are not closed; close them with {quote}, or write the text on one line between straight quotes (&quot;)</translation>
    </message>
    <message>
        <source>nama</source>
        <extracomment>The placeholder for a key in an example line: name = &quot;value&quot;.</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <source>memakai tanda kutip lengkung ({quotes}); hapus tanda kutipnya{rewritten}</source>
        <translation>uses curly quotes ({quotes}); remove the quotes{rewritten}</translation>
    </message>
    <message>
        <source>memakai tanda kutip lengkung ({quotes}); ganti dengan tanda kutip lurus (&quot;){rewritten}</source>
        <translation>uses curly quotes ({quotes}); replace them with straight quotes (&quot;){rewritten}</translation>
    </message>
    <message>
        <source>; tulis: {line}</source>
        <translation>; write: {line}</translation>
    </message>
    <message>
        <source>berisi spasi khusus yang tidak terlihat (tersalin dari pengolah kata); ketik ulang spasinya dengan spasi biasa{example}</source>
        <translation>contains special invisible spaces (copied from a word processor); type the spaces again as ordinary spaces{example}</translation>
    </message>
    <message>
        <source>tidak punya nama sebelum tanda =; setiap baris harus berbentuk nama = &quot;nilai&quot;</source>
        <translation>has no name before the = sign; every line must look like name = &quot;value&quot;</translation>
    </message>
    <message>
        <source>punya nama yang tidak sah ({name}); nama sebelum tanda = hanya boleh huruf, angka, _ dan -, tanpa spasi; periksa ejaannya</source>
        <translation>has a name that is not allowed ({name}); a name before the = sign may only have letters, digits, _ and -, without spaces; check the spelling</translation>
    </message>
    <message>
        <source>ditulis dua kali (yang pertama di baris {line}); hapus salah satunya</source>
        <translation>is written twice (the first time on line {line}); remove one of them</translation>
    </message>
    <message>
        <source>memakai garis miring terbalik (\) di antara tanda kutip lurus (&quot;); tulis dua kali (\\), atau pakai tanda kutip tunggal: {example}</source>
        <translation>uses a backslash (\) between straight quotes (&quot;); write it twice (\\), or use single quotes: {example}</translation>
    </message>
    <message>
        <source>berisi karakter yang tidak terlihat (kode U+{code}); hapus baris ini lalu ketik ulang</source>
        <translation>contains an invisible character (code U+{code}); delete this line and type it again</translation>
    </message>
    <message>
        <source>berisi daftar yang belum benar; pisahkan nilainya dengan koma dan tutup dengan ], misalnya {name} = [&quot;satu&quot;, &quot;dua&quot;]</source>
        <translation>contains a list that is not right; separate the values with commas and close it with ], for example {name} = [&quot;one&quot;, &quot;two&quot;]</translation>
    </message>
    <message>
        <source>tidak sesuai aturan penulisan; {hint}</source>
        <translation>does not follow the rules for writing; {hint}</translation>
    </message>
    <message>
        <source>harus berisi tanggal saja, tanpa tulisan lain; tulis: {name} = {date}</source>
        <translation>must hold a date only, with nothing else; write: {name} = {date}</translation>
    </message>
    <message>
        <source>harus tanggal, ditulis tahun-bulan-tanggal tanpa tanda kutip, misalnya {name} = 2026-01-31</source>
        <translation>must be a date, written year-month-day without quotes, for example {name} = 2026-01-31</translation>
    </message>
    <message>
        <source>setiap baris harus berbentuk nama = &quot;nilai&quot;</source>
        <translation>every line must look like name = &quot;value&quot;</translation>
    </message>
    <message>
        <source>memakai titik dua (:), bukan tanda =; {rule}, tulis: {name} = {value}</source>
        <translation>uses a colon (:), not an = sign; {rule}; write: {name} = {value}</translation>
    </message>
    <message>
        <source>tidak punya tanda =; {rule}, tulis: {name} = {value}</source>
        <translation>has no = sign; {rule}; write: {name} = {value}</translation>
    </message>
    <message>
        <source>tidak punya tanda =; {rule}</source>
        <translation>has no = sign; {rule}</translation>
    </message>
    <message>
        <source>teks harus di antara dua tanda kutip lurus (&quot;)</source>
        <translation>text must be between two straight quotes (&quot;)</translation>
    </message>
    <message>
        <source>belum diisi sesudah tanda =; tulis angkanya, misalnya {name} = 10</source>
        <translation>is empty after the = sign; write the number, for example {name} = 10</translation>
    </message>
    <message>
        <source>belum diisi sesudah tanda =; tulis tanggalnya tahun-bulan-tanggal tanpa tanda kutip, misalnya {name} = 2026-01-31</source>
        <translation>is empty after the = sign; write the date as year-month-day without quotes, for example {name} = 2026-01-31</translation>
    </message>
    <message>
        <source>belum diisi sesudah tanda =; tulis nilainya: teks di antara tanda kutip lurus (&quot;), angka dan tanggal tanpa tanda kutip</source>
        <translation>is empty after the = sign; write its value: text between straight quotes (&quot;), numbers and dates without quotes</translation>
    </message>
    <message>
        <source>memakai tanda = dua kali; tulis satu tanda = saja</source>
        <translation>uses the = sign twice; write only one = sign</translation>
    </message>
    <message>
        <source>tulis: {name} = {value}</source>
        <translation>write: {name} = {value}</translation>
    </message>
    <message>
        <source>misalnya {name} = 10</source>
        <translation>for example {name} = 10</translation>
    </message>
    <message>
        <source>harus angka saja, tanpa tanda kutip dan tanpa tulisan lain; {example}</source>
        <translation>must be a number only, without quotes and without other writing; {example}</translation>
    </message>
    <message>
        <source>punya tanda kutip yang belum ditutup; {rule}{rewritten}</source>
        <translation>has a quote that is not closed; {rule}{rewritten}</translation>
    </message>
    <message>
        <source>berisi teks tanpa tanda kutip; {rule}{rewritten}</source>
        <translation>contains text without quotes; {rule}{rewritten}</translation>
    </message>
    <message>
        <source>punya tanda kutip lurus (&quot;) di tengah teks, sehingga teksnya terputus; di dalam teks pakai tanda kutip tunggal (&apos;), tulis: {name} = &quot;{value}&quot;</source>
        <translation>has a straight quote (&quot;) inside the text, which cuts the text short; inside text use single quotes (&apos;); write: {name} = &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>; tulis: {name} = {value}</source>
        <translation>; write: {name} = {value}</translation>
    </message>
    <message>
        <source>; tulis: {name} = &quot;{value}&quot;</source>
        <translation>; write: {name} = &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>bulan hanya 01 sampai 12</source>
        <translation>months only go from 01 to 12</translation>
    </message>
    <message>
        <source>{when} hanya sampai tanggal {last}</source>
        <extracomment>{when}: a month, with its year when one was written (&quot;Februari 2026&quot;).</extracomment>
        <translation>{when} only has days up to {last}</translation>
    </message>
    <message>
        <source>tahun 0000 tidak ada</source>
        <translation>there is no year 0000</translation>
    </message>
    <message>
        <source>, lalu tulis tahun-bulan-tanggal tanpa tanda kutip</source>
        <extracomment>{then} ends &quot;...; check the numbers{then}&quot;.</extracomment>
        <translation>, then write it as year-month-day without quotes</translation>
    </message>
    <message>
        <source>, lalu tulis tanpa tanda kutip</source>
        <translation>, then write it without quotes</translation>
    </message>
    <message>
        <source>berisi tanggal yang tidak ada ({date}): {why}; periksa angkanya{then}</source>
        <extracomment>Continues a sentence whose subject is the key or the line (&quot;field &apos;x&apos; ...&quot;).</extracomment>
        <translation>holds a date that does not exist ({date}): {why}; check the numbers{then}</translation>
    </message>
    <message>
        <source>memakai tahun dua angka; tulis tahun-bulan-tanggal dengan tahun empat angka, tanpa tanda kutip, misalnya {key} = 2026-01-31</source>
        <extracomment>Continues a sentence whose subject is the key or the line (&quot;field &apos;x&apos; ...&quot;).</extracomment>
        <translation>uses a two-digit year; write year-month-day with a four-digit year, without quotes, for example {key} = 2026-01-31</translation>
    </message>
    <message>
        <source>tulis: {key} = {date}</source>
        <translation>write: {key} = {date}</translation>
    </message>
    <message>
        <source>berisi tanggal di antara tanda kutip; hapus tanda kutipnya, {fix}</source>
        <extracomment>Continues a sentence whose subject is the key (&quot;field &apos;x&apos; ...&quot;).</extracomment>
        <translation>holds a date between quotes; remove the quotes, {fix}</translation>
    </message>
    <message>
        <source>harus ditulis tahun-bulan-tanggal tanpa tanda kutip; {fix}</source>
        <extracomment>Continues a sentence whose subject is the key or the line (&quot;field &apos;x&apos; ...&quot;).</extracomment>
        <translation>must be written year-month-day without quotes; {fix}</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Peringatan penting</source>
        <translation>Important warnings</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Maaf, terjadi kesalahan kecil. Kesalahan ini sudah dicatat; Anda dapat terus membaca.</source>
        <translation>Sorry, a small error happened. It has been recorded; you can keep reading.</translation>
    </message>
</context>
</TS>
