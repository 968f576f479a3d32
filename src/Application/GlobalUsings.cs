global using MediatR;
global using Microsoft.EntityFrameworkCore;
global using SupportDesk.Application.Common.Exceptions;
global using SupportDesk.Application.Common.Interfaces;
global using SupportDesk.Application.Common.Security;
