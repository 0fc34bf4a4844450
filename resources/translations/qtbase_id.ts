<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur Ulang</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba Lagi</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan Bawaan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>T&amp;idak untuk Semua</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Simpan Semua</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;Semua</translation>
        </message>
    </context>
    <context>
        <name>QErrorMessage</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>Fatal Error:</source>
            <translation>Kesalahan Fatal:</translation>
        </message>
        <message>
            <source>&amp;Show this message again</source>
            <translation>&amp;Tampilkan pesan ini lagi</translation>
        </message>
        <message>
            <source>Critical Error:</source>
            <translation>Kesalahan Kritis:</translation>
        </message>
        <message>
            <source>Information:</source>
            <translation>Informasi:</translation>
        </message>
        <message>
            <source>Debug Message:</source>
            <translation>Pesan Debug:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Peringatan:</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Top</source>
            <translation>Paling atas</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Gulir ke bawah</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>Gulir ke sini</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Gulir ke kiri</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Paling bawah</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Halaman ke atas</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Halaman ke kanan</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Gulir ke atas</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Gulir ke kanan</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Tepi kiri</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Halaman ke bawah</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Halaman ke kiri</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Tepi kanan</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Tampilkan </translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' dilindungi dari penulisan.
Apakah Anda tetap ingin menghapusnya?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Apakah Anda yakin ingin menghapus '%1'?</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Daftar tempat dan markah</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nama berkas:</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Folder Baru</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folder Induk</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Folder &amp;Baru</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Cari di:</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Buat Folder Baru</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Jenis berkas:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Cari Folder</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Tampilkan berkas &amp;tersembunyi</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Simpan Sebagai</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Folder tidak ditemukan.
Pastikan nama folder yang diberikan sudah benar.</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bilah Sisi</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Tampilan Daftar</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Pilih</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Semua Berkas (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ganti Nama</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Tidak dapat menghapus folder.</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ke folder induk</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Tempat Terkini</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Ubah ke mode tampilan rincian</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Buat Folder Baru</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Tampilan Rincian</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Berkas tidak ditemukan.
Pastikan nama berkas yang diberikan sudah benar.</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Ubah ke mode tampilan daftar</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Potong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih Semua</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Potong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih Semua</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Salin L&amp;okasi Tautan</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Bantuan</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Lanjut</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Lanjutkan</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Selesai</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Lanjut &gt;</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Kembali</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Komputer Saya</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Komputer</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Tanggal Diubah</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Urungkan</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Ulangi %1</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Urungkan %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Urungkan</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Ulangi %1</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Urungkan %1</translation>
        </message>
    </context>
    <context>
        <name>QColorDialog</name>
        <message>
            <source>&amp;Red:</source>
            <translation>&amp;Merah:</translation>
        </message>
        <message>
            <source>&amp;Sat:</source>
            <translation>&amp;Saturasi:</translation>
        </message>
        <message>
            <source>&amp;Val:</source>
            <translation>&amp;Nilai:</translation>
        </message>
        <message>
            <source>Hu&amp;e:</source>
            <translation>&amp;Rona:</translation>
        </message>
        <message>
            <source>&amp;HTML:</source>
            <translation>&amp;HTML:</translation>
        </message>
        <message>
            <source>Select Color</source>
            <translation>Pilih Warna</translation>
        </message>
        <message>
            <source>&amp;Add to Custom Colors</source>
            <translation>&amp;Tambahkan ke Warna Kustom</translation>
        </message>
        <message>
            <source>Bl&amp;ue:</source>
            <translation>&amp;Biru:</translation>
        </message>
        <message>
            <source>&amp;Pick Screen Color</source>
            <translation>&amp;Ambil Warna Layar</translation>
        </message>
        <message>
            <source>Cursor at %1, %2
Press ESC to cancel</source>
            <translation>Kursor di %1, %2
Tekan ESC untuk membatalkan</translation>
        </message>
        <message>
            <source>&amp;Green:</source>
            <translation>Hi&amp;jau:</translation>
        </message>
        <message>
            <source>&amp;Basic colors</source>
            <translation>Warna &amp;dasar</translation>
        </message>
        <message>
            <source>&amp;Custom colors</source>
            <translation>Warna &amp;kustom</translation>
        </message>
        <message>
            <source>A&amp;lpha channel:</source>
            <translation>Kanal a&amp;lfa:</translation>
        </message>
    </context>
    <context>
        <name>QDockWidget</name>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>Mengambang</translation>
        </message>
        <message>
            <source>Undocks and re-attaches the dock widget</source>
            <translation>Melepas dan memasang kembali panel dok</translation>
        </message>
        <message>
            <source>Closes the dock widget</source>
            <translation>Menutup panel dok</translation>
        </message>
    </context>
    <context>
        <name>QAccessibleActionInterface</name>
        <message>
            <source>Press</source>
            <translation>Tekan</translation>
        </message>
        <message>
            <source>Shows the menu</source>
            <translation>Menampilkan menu</translation>
        </message>
        <message>
            <source>Scrolls to the left</source>
            <translation>Menggulir ke kiri</translation>
        </message>
        <message>
            <source>Scroll Down</source>
            <translation>Gulir ke Bawah</translation>
        </message>
        <message>
            <source>Scroll Left</source>
            <translation>Gulir ke Kiri</translation>
        </message>
        <message>
            <source>Goes back a page</source>
            <translation>Mundur satu halaman</translation>
        </message>
        <message>
            <source>Triggers the action</source>
            <translation>Menjalankan aksi</translation>
        </message>
        <message>
            <source>Increase</source>
            <translation>Naikkan</translation>
        </message>
        <message>
            <source>Toggle</source>
            <translation>Alihkan</translation>
        </message>
        <message>
            <source>Toggles the state</source>
            <translation>Mengalihkan status</translation>
        </message>
        <message>
            <source>Scrolls up</source>
            <translation>Menggulir ke atas</translation>
        </message>
        <message>
            <source>Scrolls down</source>
            <translation>Menggulir ke bawah</translation>
        </message>
        <message>
            <source>Scroll Up</source>
            <translation>Gulir ke Atas</translation>
        </message>
        <message>
            <source>Goes to the next page</source>
            <translation>Maju ke halaman berikutnya</translation>
        </message>
        <message>
            <source>Scrolls to the right</source>
            <translation>Menggulir ke kanan</translation>
        </message>
        <message>
            <source>Increase the value</source>
            <translation>Menaikkan nilai</translation>
        </message>
        <message>
            <source>Decrease the value</source>
            <translation>Menurunkan nilai</translation>
        </message>
        <message>
            <source>Decrease</source>
            <translation>Turunkan</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Gulir ke Kanan</translation>
        </message>
        <message>
            <source>Previous Page</source>
            <translation>Halaman Sebelumnya</translation>
        </message>
        <message>
            <source>Sets the focus</source>
            <translation>Mengatur fokus</translation>
        </message>
        <message>
            <source>SetFocus</source>
            <translation>Atur Fokus</translation>
        </message>
        <message>
            <source>Next Page</source>
            <translation>Halaman Berikutnya</translation>
        </message>
        <message>
            <source>ShowMenu</source>
            <translation>Tampilkan Menu</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>Apa Ini?</translation>
        </message>
    </context>
    <context>
        <name>QWhatsThisAction</name>
        <message>
            <source>What's This?</source>
            <translation>Apa Ini?</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Tampilkan Rincian...</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Tentang Qt</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Sembunyikan Rincian...</translation>
        </message>
        <message>
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Tentang Qt&lt;/h3&gt;&lt;p&gt;Program ini menggunakan Qt versi %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Qt adalah toolkit C++ untuk pengembangan aplikasi lintas platform.&lt;/p&gt;&lt;p&gt;Qt memungkinkan satu kode sumber berjalan di semua sistem operasi desktop utama. Qt juga tersedia untuk Linux tertanam (embedded) serta sistem operasi tertanam dan seluler lainnya.&lt;/p&gt;&lt;p&gt;Qt tersedia dengan beberapa pilihan lisensi yang dirancang untuk memenuhi kebutuhan berbagai penggunanya.&lt;/p&gt;&lt;p&gt;Qt dengan perjanjian lisensi komersial kami cocok untuk pengembangan perangkat lunak proprietary/komersial bila Anda tidak ingin membagikan kode sumber apa pun kepada pihak ketiga atau tidak dapat mematuhi ketentuan GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt dengan lisensi GNU (L)GPL cocok untuk pengembangan aplikasi&amp;nbsp;Qt asalkan Anda dapat mematuhi syarat dan ketentuan lisensi yang bersangkutan.&lt;/p&gt;&lt;p&gt;Lihat &lt;a href="http://%2/"&gt;%2&lt;/a&gt; untuk ikhtisar lisensi Qt.&lt;/p&gt;&lt;p&gt;Hak Cipta (C) %1 The Qt Company Ltd dan kontributor lainnya.&lt;/p&gt;&lt;p&gt;Qt dan logo Qt adalah merek dagang The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt adalah produk The Qt Company Ltd yang dikembangkan sebagai proyek sumber terbuka. Lihat &lt;a href="http://%3/"&gt;%3&lt;/a&gt; untuk informasi lebih lanjut.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>RLE Start of right-to-left embedding</source>
            <translation>RLE Awal penyematan kanan-ke-kiri</translation>
        </message>
        <message>
            <source>ZWSP Zero width space</source>
            <translation>ZWSP Spasi lebar nol</translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation>LRI Isolasi kiri-ke-kanan</translation>
        </message>
        <message>
            <source>Insert Unicode control character</source>
            <translation>Sisipkan karakter kontrol Unicode</translation>
        </message>
        <message>
            <source>LRO Start of left-to-right override</source>
            <translation>LRO Awal penimpaan kiri-ke-kanan</translation>
        </message>
        <message>
            <source>LRE Start of left-to-right embedding</source>
            <translation>LRE Awal penyematan kiri-ke-kanan</translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation>RLI Isolasi kanan-ke-kiri</translation>
        </message>
        <message>
            <source>RLM Right-to-left mark</source>
            <translation>RLM Penanda kanan-ke-kiri</translation>
        </message>
        <message>
            <source>PDF Pop directional formatting</source>
            <translation>PDF Akhiri pemformatan arah</translation>
        </message>
        <message>
            <source>ZWNJ Zero width non-joiner</source>
            <translation>ZWNJ Pemisah lebar nol</translation>
        </message>
        <message>
            <source>RLO Start of right-to-left override</source>
            <translation>RLO Awal penimpaan kanan-ke-kiri</translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation>PDI Akhiri isolasi arah</translation>
        </message>
        <message>
            <source>ZWJ Zero width joiner</source>
            <translation>ZWJ Penyambung lebar nol</translation>
        </message>
        <message>
            <source>LRM Left-to-right mark</source>
            <translation>LRM Penanda kiri-ke-kanan</translation>
        </message>
        <message>
            <source>FSI First strong isolate</source>
            <translation>FSI Isolasi kuat pertama</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>Step &amp;down</source>
            <translation>Tu&amp;runkan</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Naikkan</translation>
        </message>
        <message>
            <source>&amp;Select All</source>
            <translation>Pilih Se&amp;mua</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Masukkan nilai:</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Gulir ke Kiri</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Gulir ke Kanan</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;kosong&gt;</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>QKeySequenceEdit</name>
        <message>
            <source>Press shortcut</source>
            <translation>Tekan pintasan</translation>
        </message>
        <message>
            <source>%1, ...</source>
            <translation>%1, ...</translation>
        </message>
    </context>
    <context>
        <name>QApplication</name>
        <message>
            <source>Executable '%1' requires Qt %2, found Qt %3.</source>
            <translation>Program '%1' memerlukan Qt %2, tetapi yang ditemukan Qt %3.</translation>
        </message>
        <message>
            <source>Incompatible Qt Library Error</source>
            <translation>Kesalahan Pustaka Qt Tidak Kompatibel</translation>
        </message>
    </context>
</TS>