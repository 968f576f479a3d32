global using SupportDesk.Domain.Common;
