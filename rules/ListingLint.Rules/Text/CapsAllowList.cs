namespace ListingLint.Rules.Text;

/// <summary>Upper-case words that are acronyms, units or standards, written in capitals by convention (not shouting).</summary>
public static class CapsAllowList
{
    public static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "USB", "LED", "LCD", "OLED", "AMOLED", "HDMI", "DIY", "CNC", "PCB", "HSS", "SDS", "GPS", "NFC", "RGB", "RGBW", "UV", "DC",
        "AC", "PVC", "ABS", "EVA", "TPU", "TPE", "PET", "PLA", "PETG", "HEPA", "WIFI", "APP", "IOS", "TV", "DVD", "SSD", "HDD",
        "RAM", "ROM", "CPU", "GPU", "MCU", "ESP", "BT", "PD", "QC", "ANC", "ENC", "TWS", "HD", "FHD", "UHD", "HDR", "IPS", "VR", "RC",
        "FPV", "SUV", "ATV", "MTB", "BMX", "SD", "TF", "EU", "US", "UK", "AU", "USA", "PCS", "PC", "SET", "MAH", "LBS", "OZ", "RPM",
        "IPX", "IP", "NEMA", "ISO", "CE", "FCC", "ROHS", "FDA", "BPA", "SPF", "UPF", "XXL", "XXXL", "XL", "XS", "XXS", "OTG", "SIM",
        "NVME", "SATA", "PCIE", "DDR", "DDR4", "DDR5", "MIDI", "DJ", "LTE", "AHD", "CCTV", "POE", "NVR", "DVR", "IR", "PIR", "OBD",
        "OBDII", "ECU", "CAN", "EV", "LPG", "CPR", "ECG", "EMS", "TENS", "MMA", "MIG", "TIG", "HVAC", "AWG", "SMD", "COB", "DMX",
        "DAC", "AMP", "AUX", "MP3", "MP4", "AI", "AR", "API", "SOS", "ID", "NATO", "MAX", "PRO", "LTD", "CO", "INC", "II", "III",
        "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "MM", "CM", "KG", "ML", "GB", "TB", "MB", "HZ", "KHZ", "MHZ", "GHZ", "NM",
        "FT", "IN", "LB", "QT", "GAL", "ATM", "PSI", "BAR", "LTR", "EVO", "GT", "GTI", "RS", "SE", "ST", "DX", "EX", "LX",
    };
}
