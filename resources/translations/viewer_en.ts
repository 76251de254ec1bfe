<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>App</name>
    <message>
        <source>Informasi Obat untuk Pasien</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleCard</name>
    <message>
        <source>Kategori: {category}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>▶ Bacakan semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bacakan seluruh artikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lihat juga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lihat juga: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clinic</name>
    <message>
        <source>Telepon klinik: {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <source>Informasi ini tidak menggantikan nasihat dokter atau apoteker Anda. Jangan mengubah atau menghentikan obat tanpa bicara dengan dokter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Emergency</name>
    <message>
        <source>Keadaan darurat? Telepon {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Cari di artikel ini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari di artikel ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temuan sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berikutnya ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temuan berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup pencarian di artikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dari {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Cari istilah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saring daftar istilah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar istilah A sampai Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada istilah yang cocok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juga ditulis: {forms}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Dengarkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dengarkan arti kata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arti kata {term}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih artikel untuk dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada artikel untuk ditampilkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beranda: daftar artikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} artikel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message>
        <source>Masih membaca?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketuk layar untuk terus membaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terus membaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemberitahuan: layar akan kembali ke awal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halaman kembali ke awal dalam {seconds} detik</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskPrinting</name>
    <message>
        <source>Cetak lembar ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak lembar ini untuk dibawa pulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lembar ini sudah dicetak {limit} kali. Untuk salinan lain, silakan minta bantuan petugas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer tidak tersedia. Silakan minta bantuan petugas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maaf, lembar ini tidak dapat dicetak. Silakan minta bantuan petugas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sedang dicetak… Silakan ambil lembarnya di printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>DARURAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERINGATAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERHATIAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segera bertindak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bicarakan dengan dokter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baik untuk diketahui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tautan ke luar tidak dibuka di aplikasi ini. Alamatnya: {address} — Anda dapat membukanya nanti di perangkat lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informasi Obat untuk Pasien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istilah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada artikel yang dapat ditampilkan.

Mohon beri tahu petugas klinik. Petugas dapat memeriksa folder konten dengan perintah: patient-viewer check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencarian — Informasi Obat untuk Pasien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beranda — Informasi Obat untuk Pasien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artikel ini belum dapat ditampilkan. Artikel lain tetap dapat dibaca. Petugas klinik dapat memeriksa penyebabnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Informasi Obat untuk Pasien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sebagian informasi belum dapat ditampilkan. Informasi lain tetap dapat dibaca. Petugas klinik dapat memeriksa penyebabnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informasi belum dapat ditampilkan. Mohon beri tahu petugas klinik.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Keluar dari mode kios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angka {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hapus angka terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal, kembali ke artikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papan PIN petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masukkan PIN petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} angka dimasukkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN salah. Coba lagi dalam {seconds} detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN salah. Silakan coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak lembar informasi untuk pasien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan lembar informasi sebagai PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada artikel untuk dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lembar informasi tidak dapat dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maaf, lembar informasi tidak dapat disiapkan untuk dicetak. Kesalahan ini sudah dicatat. Coba sekali lagi, atau mintalah bantuan petugas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF tidak tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan.

{reason}

Coba pilih folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maaf, PDF tidak dapat dibuat. Kesalahan ini sudah dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF disimpan: {path} ({pages} halaman)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>menyiapkan suara…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderToolbar</name>
    <message>
        <source>Informasi Obat untuk Pasien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☰ Daftar isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar isi dan daftar istilah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perkecil tulisan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perbesar tulisan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembali ke tempat sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maju ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maju lagi ke tempat berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⌂ Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beranda: semua artikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari artikel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari artikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari di semua artikel (Ctrl+F atau /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka semua bagian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup semua bagian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran tulisan {percent} persen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskItemWidget</name>
    <message>
        <source>Baca penjelasannya ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baca bagian {heading}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>▶ Dengarkan peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dengarkan semua peringatan, yang darurat lebih dulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel peringatan risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{urgent} darurat, {warning} peringatan, {caution} perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan semua peringatan ({count} lagi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Cari artikel, obat, atau keluhan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari artikel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Hasil pencarian: “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada yang cocok. Coba kata lain, misalnya nama obat atau keluhan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Daftar pencarian masih disiapkan; hasil bisa bertambah.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampilkan {count} hasil lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di awal artikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagian: {heading}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionHeader</name>
    <message>
        <source>terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tertutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}, bagian {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekan Enter atau Spasi untuk {action} bagian ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketuk untuk {action} bagian ini</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <source>▶ Dengarkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dengarkan bagian {heading}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>dari artikel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sumber: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Jeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeda membaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Berhenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berhenti membaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lebih pelan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bacakan lebih pelan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lebih cepat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bacakan lebih cepat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membacakan: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanjutkan membaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kecepatan: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TocPanel</name>
    <message>
        <source>Daftar isi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Peringatan penting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Maaf, terjadi kesalahan kecil. Kesalahan ini sudah dicatat; Anda dapat terus membaca.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
